package fr.essor.kit.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * How an {@link Actor} is carried in Spring Security authorities: one {@code ROLE_<name>} per role and,
 * for an EPT account, one {@code TERRITORY_<code>}. Whatever signs users in (demo users today, OpenID
 * Connect later) only has to produce these authorities.
 */
public final class ActorAuthorities {

    static final String TERRITORY_PREFIX = "TERRITORY_";

    private ActorAuthorities() {
    }

    public static List<GrantedAuthority> of(Set<Role> roles, String territory) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        if (territory != null) {
            authorities.add(new SimpleGrantedAuthority(TERRITORY_PREFIX + territory));
        }
        return authorities;
    }

    public static Actor toActor(String username, Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String territory = null;
        for (GrantedAuthority granted : authorities) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith(TERRITORY_PREFIX)) {
                territory = authority.substring(TERRITORY_PREFIX.length());
            } else {
                Role.fromAuthority(authority).ifPresent(roles::add);
            }
        }
        return new Actor(username, roles, territory);
    }
}
