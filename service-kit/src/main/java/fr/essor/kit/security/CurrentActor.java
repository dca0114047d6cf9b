package fr.essor.kit.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, read from the security context. */
public class CurrentActor {

    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    /**
     * The signed-in actor.
     *
     * @throws IllegalStateException when nobody is signed in (a write must always be attributed)
     */
    public Actor current() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in actor in the security context"));
    }

    /** The signed-in actor, or empty for an anonymous request. */
    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || trustResolver.isAnonymous(authentication)) {
            return Optional.empty();
        }
        return Optional.of(ActorAuthorities.toActor(authentication.getName(), authentication.getAuthorities()));
    }

    /** Whether the signed-in actor holds one of these roles; {@code false} when nobody is signed in. */
    public boolean hasAnyRole(Role... roles) {
        return find().map(actor -> actor.hasAnyRole(roles)).orElse(false);
    }
}
