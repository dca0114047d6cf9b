package fr.essor.kit.security;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import fr.essor.kit.testing.TestAccounts;
import fr.essor.kit.testing.TestIdentityProvider;

/**
 * A MockMvc session as the sign-in at the provider leaves it: an OIDC person whose authorities the kit's mapper read
 * from the ID token of a {@link TestAccounts} account.
 */
public final class SignedInSessions {

    private SignedInSessions() {
    }

    public static MockHttpSession of(String username) {
        TestAccounts.Account account = TestAccounts.get(username);
        Instant now = Instant.now();
        Map<String, Object> claims = new HashMap<>(Map.of("sub", username, "preferred_username", username,
                "roles", account.roles(), "iss", TestIdentityProvider.shared().issuer()));
        if (account.territory() != null) {
            claims.put("territory", account.territory());
        }
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + username, now, now.plusSeconds(600), claims);
        Collection<? extends GrantedAuthority> authorities = new OidcClaimsAuthoritiesMapper()
                .mapAuthorities(List.of(new OidcUserAuthority(idToken)));
        DefaultOidcUser person = new DefaultOidcUser(authorities, idToken, "preferred_username");
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new OAuth2AuthenticationToken(person, authorities, "essor")));
        return session;
    }
}
