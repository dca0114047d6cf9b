package fr.essor.kit.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * A person signed in on a page gets the roles and territory of their ID token (and user info, when the provider
 * sends one), the same claims the API reads in access tokens.
 */
final class OidcClaimsAuthoritiesMapper implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        List<GrantedAuthority> mapped = new ArrayList<>();
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                Map<String, Object> claims = new HashMap<>(oidc.getIdToken().getClaims());
                if (oidc.getUserInfo() != null) {
                    claims.putAll(oidc.getUserInfo().getClaims());
                }
                mapped.addAll(IdentityClaims.authorities(claims));
            }
        }
        return mapped;
    }
}
