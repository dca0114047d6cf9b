package fr.essor.funding.portal.web;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in person's {@code email} claim (ID token of a browser session, or a bearer token), if the provider gave one. */
final class SignedInEmail {

    private SignedInEmail() {
    }

    static Optional<String> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        String email = switch (principal) {
            case OidcUser user -> user.getEmail();
            case Jwt jwt -> jwt.getClaimAsString("email");
            case null, default -> null;
        };
        return Optional.ofNullable(email).filter(e -> e.contains("@"));
    }
}
