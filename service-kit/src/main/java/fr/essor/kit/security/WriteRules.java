package fr.essor.kit.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may write what in a service (ADR-0012): one rule per write (method and path pattern, as Spring MVC writes them,
 * e.g. {@code /api/organisations/{id}}) naming the roles that may do it. Each service declares its rules as one bean,
 * in one place; the kit's two filter chains enforce them before any controller runs, for the API
 * ({@code /api/**}) and for the forms of the pages alike:
 * <ul>
 * <li>a write (POST, PUT, PATCH, DELETE) that matches no rule is refused to everyone (403), ADMIN included: deny by
 * default, so that a new endpoint is closed until somebody decides who may use it;</li>
 * <li>a write that matches a rule is let through for the roles of the rule, and for ADMIN, which is on every rule;
 * the service's own checks (territory, lead directorate, state of the file…) still apply after this first gate;</li>
 * <li>reads are not concerned.</li>
 * </ul>
 * Where several rules match a request, the most specific pattern decides ({@code /api/x/closure} before
 * {@code /api/x/{id}}), whatever the order they were declared in.
 * <p>
 * EPT accounts are systems of the territories: they read their own feeds and give their opinion on what concerns
 * their territory. A rule opens a write to them only when declared with {@link Builder#allowEpt}, and an API rule may
 * do so only when its path names the territory ({@code {territory}}), which the service checks against the account's.
 * <p>
 * The kit's own writes (replaying a dead letter: OPS) are in every set of rules; {@link #toString()} prints the table.
 */
public final class WriteRules implements AuthorizationManager<RequestAuthorizationContext> {

    /** The methods that change something; the others (GET, HEAD, OPTIONS) are reads. */
    public static final Set<HttpMethod> WRITE_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    /** The path variable by which an EPT's own API write names its territory. */
    public static final String TERRITORY_VARIABLE = "{territory}";

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /**
     * One write and who may do it.
     *
     * @param method a write method
     * @param path   a Spring path pattern, from the root of the service
     * @param roles  the roles allowed, ADMIN always among them; EPT only for an EPT's own write
     */
    public record Rule(HttpMethod method, String path, Set<Role> roles) {

        public Rule {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            roles = Set.copyOf(roles);
        }

        /** Whether an account with these roles may do this write. */
        public boolean allows(Collection<Role> accountRoles) {
            return accountRoles.stream().anyMatch(roles::contains);
        }

        /** Whether it is an API write ({@code /api/**}) rather than a form of the pages. */
        public boolean api() {
            return path.startsWith("/api/");
        }

        /** Whether it is an EPT's own write. */
        public boolean eptOwn() {
            return roles.contains(Role.EPT);
        }

        /** The role names, in the order of {@link Role}. */
        public List<String> roleNames() {
            return sortedRoles().stream().map(Role::name).toList();
        }

        /** The sentence of the API description: {@code Rôles autorisés : DMTA, DIEESS, ADMIN.} */
        public String frenchSentence() {
            return "Rôles autorisés : " + sortedRoles().stream()
                    .map(role -> role == Role.EPT ? "EPT (pour son seul territoire)" : role.name())
                    .collect(Collectors.joining(", ")) + ".";
        }

        private List<Role> sortedRoles() {
            return roles.stream().sorted().toList();
        }

        /** {@code POST /api/organisations DIEESS DJVA ADMIN}: one line of the table. */
        @Override
        public String toString() {
            return method.name() + " " + path + " " + String.join(" ", roleNames());
        }
    }

    /** The decision of the gate on a write: the rule that applied, {@code null} when none did. */
    public record Decision(boolean granted, Rule rule) implements AuthorizationResult {

        @Override
        public boolean isGranted() {
            return granted;
        }
    }

    private record Compiled(Rule rule, PathPattern pattern, RequestMatcher matcher) {
    }

    private final List<Rule> rules;
    private final List<Compiled> bySpecificity;

    private WriteRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
        this.bySpecificity = rules.stream()
                .map(rule -> new Compiled(rule, PARSER.parse(rule.path()), matchers.matcher(rule.method(), rule.path())))
                .sorted(Comparator.comparing(Compiled::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    /** Rules of a service: start with the kit's own writes, then {@link Builder#allow} each of the service's. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every rule, the kit's first, then the service's in the order declared. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rule that decides this write ({@code path} from the root of the service, without query), if any. */
    public Optional<Rule> ruleFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return bySpecificity.stream()
                .filter(compiled -> compiled.rule().method().equals(method) && compiled.pattern().matches(container))
                .map(Compiled::rule).findFirst();
    }

    /** Whether this actor may make this write (for a page to offer a form or not): never without a rule. */
    public boolean allows(Actor actor, HttpMethod method, String path) {
        return ruleFor(method, path).map(rule -> rule.allows(actor.roles())).orElse(false);
    }

    /** Matches every write request, whatever its path. */
    public static RequestMatcher writes() {
        PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(WRITE_METHODS.stream()
                .map(method -> (RequestMatcher) matchers.matcher(method, "/**")).toList());
    }

    /**
     * The gate of the filter chains: the most specific rule matching the request decides; no rule, no write. An
     * anonymous request is refused, which the chains answer with 401.
     */
    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        Rule rule = bySpecificity.stream().filter(compiled -> compiled.matcher().matches(request))
                .map(Compiled::rule).findFirst().orElse(null);
        if (rule == null) {
            return new Decision(false, null);
        }
        Authentication who = authentication.get();
        boolean signedIn = who != null && who.isAuthenticated() && !TRUST.isAnonymous(who);
        return new Decision(signedIn && rule.allows(ActorAuthorities.toActor(who.getName(), who.getAuthorities())
                .roles()), rule);
    }

    /** The table, one rule a line ({@code METHOD path ROLE…}), sorted by path then method. */
    @Override
    public String toString() {
        return rules.stream().sorted(Comparator.comparing(Rule::path).thenComparing(rule -> rule.method().name()))
                .map(Rule::toString).collect(Collectors.joining("\n"));
    }

    /** Declares the rules of a service. */
    public static final class Builder {

        private final Map<String, Rule> rules = new LinkedHashMap<>();

        private Builder() {
            // the kit's own writes, in every service that has them
            add(HttpMethod.POST, "/api/ops/dead-letters/{id}/replay", List.of(Role.OPS));
            add(HttpMethod.POST, "/ops/lettres-mortes/{id}/rejouer", List.of(Role.OPS));
            add(HttpMethod.POST, "/api/ops/divergences/check", List.of(Role.OPS));
            add(HttpMethod.POST, "/ops/ecarts/verifier", List.of(Role.OPS));
            // the rebuild of a projection built from topics (ADR-0024), from the ops API or the ops page
            add(HttpMethod.POST, "/api/ops/projections/{name}/rebuild", List.of(Role.OPS));
            add(HttpMethod.POST, "/ops/projections/{name}/reconstruire", List.of(Role.OPS));
        }

        /**
         * Lets these roles (and ADMIN) make this write. EPT cannot be given here: see {@link #allowEpt}.
         *
         * @param path a Spring path pattern from the root of the service, e.g. {@code /api/calls/{year}}
         */
        public Builder allow(HttpMethod method, String path, Role... roles) {
            List<Role> given = List.of(roles);
            if (given.contains(Role.EPT)) {
                throw new IllegalArgumentException("EPT accounts only make their own writes: declare "
                        + method + " " + path + " with allowEpt, or leave EPT out");
            }
            return add(method, path, given);
        }

        /**
         * An EPT's own write: the EPT accounts (for their own territory, which the service checks), these roles and
         * ADMIN. An API path must name the territory ({@value WriteRules#TERRITORY_VARIABLE}).
         */
        public Builder allowEpt(HttpMethod method, String path, Role... alsoRoles) {
            if (path.startsWith("/api/") && !path.contains(TERRITORY_VARIABLE)) {
                throw new IllegalArgumentException("An EPT's own API write names its territory in its path ("
                        + TERRITORY_VARIABLE + "): " + method + " " + path);
            }
            List<Role> given = new ArrayList<>(List.of(alsoRoles));
            given.add(Role.EPT);
            return add(method, path, given);
        }

        /**
         * The organisation registry of the kit, for the agents who meet the organisations in this service:
         * {@code POST /api/organisations}, {@code PUT /api/organisations/{siretOrRna}} and the page
         * {@code /structures/nouvelle}, always for the same roles.
         */
        public Builder registersOrganisations(Role... roles) {
            allow(HttpMethod.POST, "/api/organisations", roles);
            allow(HttpMethod.PUT, "/api/organisations/{siretOrRna}", roles);
            return allow(HttpMethod.POST, "/structures/nouvelle", roles);
        }

        /**
         * The kit's webhook subscriptions (ADR-0014), in a service that delivers webhooks: each EPT manages those of
         * its own territory (the kit checks it against the account's), OPS may also replay a delivery, from the API
         * or the ops page {@code /ops/webhooks}.
         */
        public Builder deliversWebhooks() {
            allowEpt(HttpMethod.POST, "/api/ept/{territory}/webhooks/subscriptions");
            allowEpt(HttpMethod.PUT, "/api/ept/{territory}/webhooks/subscriptions/{id}");
            allowEpt(HttpMethod.DELETE, "/api/ept/{territory}/webhooks/subscriptions/{id}");
            allowEpt(HttpMethod.POST, "/api/ept/{territory}/webhooks/subscriptions/{id}/disable");
            allowEpt(HttpMethod.POST, "/api/ept/{territory}/webhooks/subscriptions/{id}/enable");
            allowEpt(HttpMethod.POST, "/api/ept/{territory}/webhooks/subscriptions/{id}/secret");
            allowEpt(HttpMethod.POST, "/api/ept/{territory}/webhooks/deliveries/{deliveryId}/replay", Role.OPS);
            return allow(HttpMethod.POST, "/ops/webhooks/livraisons/{id}/rejouer", Role.OPS);
        }

        public WriteRules build() {
            return new WriteRules(new ArrayList<>(rules.values()));
        }

        private Builder add(HttpMethod method, String path, List<Role> roles) {
            Objects.requireNonNull(method, "method");
            if (!WRITE_METHODS.contains(method)) {
                throw new IllegalArgumentException(method + " is a read: only writes have rules (" + path + ")");
            }
            if (path == null || !path.startsWith("/") || path.contains("?") || path.contains("*")) {
                throw new IllegalArgumentException("A rule names one path pattern from the root, without wildcard "
                        + "nor query: " + path);
            }
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("Name at least one role for " + method + " " + path
                        + " (Role.ADMIN for administrators only)");
            }
            PARSER.parse(path);
            Set<Role> allowed = EnumSet.copyOf(roles);
            allowed.add(Role.ADMIN);
            // /api/x/{id} and /api/x/{code} are the same write: variables are compared without their names
            String key = method.name() + " " + path.replaceAll("\\{[^}]*}", "{}");
            if (rules.putIfAbsent(key, new Rule(method, path, allowed)) != null) {
                throw new IllegalArgumentException("Two rules for " + method + " " + path
                        + ": declare each write once");
            }
            return this;
        }
    }
}
