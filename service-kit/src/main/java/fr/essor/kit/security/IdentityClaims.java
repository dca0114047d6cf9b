package fr.essor.kit.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;

/**
 * What the platform reads in a token of its OpenID provider (an access token on the API, an ID token for pages), the
 * same whether the local provider or Keycloak issued it:
 * <ul>
 * <li>{@code roles}: the role names of {@link Role} (Keycloak's {@code realm_access.roles} is read too; other names
 * are ignored);</li>
 * <li>{@code territory}: the EPT code of an EPT client, e.g. {@code T8};</li>
 * <li>the name recorded on every change: {@code preferred_username}, else {@code client_id}, else {@code azp}, else
 * {@code sub}.</li>
 * </ul>
 */
public final class IdentityClaims {

    static final String ROLES = "roles";
    static final String TERRITORY = "territory";
    static final String PREFERRED_USERNAME = "preferred_username";

    private IdentityClaims() {
    }

    /** The account or client a token speaks for. */
    public static String username(Map<String, Object> claims) {
        for (String claim : List.of(PREFERRED_USERNAME, "client_id", "azp", "sub")) {
            Object value = claims.get(claim);
            if (value instanceof String name && !name.isBlank()) {
                return name;
            }
        }
        throw new IllegalArgumentException("The token names nobody (no preferred_username, client_id, azp or sub)");
    }

    /** The roles and territory of a token as Spring Security authorities ({@link ActorAuthorities}). */
    public static List<GrantedAuthority> authorities(Map<String, Object> claims) {
        return ActorAuthorities.of(roles(claims), territory(claims));
    }

    static Set<Role> roles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addRoles(claims.get(ROLES), roles);
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess) {
            addRoles(realmAccess.get("roles"), roles);
        }
        return roles;
    }

    private static void addRoles(Object names, Set<Role> roles) {
        if (names instanceof Collection<?> collection) {
            for (Object name : collection) {
                if (name instanceof String roleName) {
                    Role.named(roleName).ifPresent(roles::add);
                }
            }
        }
    }

    private static String territory(Map<String, Object> claims) {
        return claims.get(TERRITORY) instanceof String territory && !territory.isBlank() ? territory : null;
    }
}
