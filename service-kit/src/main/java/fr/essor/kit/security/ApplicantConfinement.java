package fr.essor.kit.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The reads of a signed-in account (ADR-0016): an agent or a system reads everything it is signed in for; an account
 * that is only an {@link Role#APPLICANT applicant} reads only the service's applicants' pages and API
 * ({@code essor.security.applicant-paths}, none by default: a service without an applicants' side is closed to
 * them). Writes are decided by the {@link WriteRules}, where an applicant's write needs its own rule.
 */
public final class ApplicantConfinement implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final List<RequestMatcher> applicantPaths;

    public ApplicantConfinement(List<String> applicantPaths) {
        PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
        this.applicantPaths = applicantPaths.stream().map(path -> (RequestMatcher) matchers.matcher(path)).toList();
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication who = authentication.get();
        if (who == null || !who.isAuthenticated() || TRUST.isAnonymous(who)) {
            return new AuthorizationDecision(false);
        }
        Actor actor = ActorAuthorities.toActor(who.getName(), who.getAuthorities());
        if (!actor.isApplicantOnly()) {
            return new AuthorizationDecision(true);
        }
        return new AuthorizationDecision(applicantPaths.stream().anyMatch(m -> m.matches(context.getRequest())));
    }
}
