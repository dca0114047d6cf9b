package fr.essor.kit.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the platform attributes every write to an actor.
 *
 * @param username  the account name (the OIDC subject's preferred username later)
 * @param roles     the roles granted to the account
 * @param territory the EPT code (T6, T7, T8 or T9) an EPT account is bound to, {@code null} otherwise
 */
public record Actor(String username, Set<Role> roles, String territory) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** A person of an ESS organisation and nothing else: sees only the applicants' pages (ADR-0016). */
    public boolean isApplicantOnly() {
        return Role.onlyApplicant(roles);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
