package fr.essor.identity.tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * The UserInfo endpoint answers with the same Essor claims as the ID token ({@code sub}, {@code preferred_username},
 * {@code roles}, {@code territory}): a service that merges UserInfo into its user sees no contradiction.
 */
public final class EssorUserInfo implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private static final List<String> CLAIMS = List.of(StandardClaimNames.SUB, EssorClaims.PREFERRED_USERNAME,
            EssorClaims.ROLES, EssorClaims.TERRITORY, EssorClaims.EMAIL);

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        OidcIdToken idToken = context.getAuthorization().getToken(OidcIdToken.class).getToken();
        Map<String, Object> claims = new LinkedHashMap<>();
        for (String name : CLAIMS) {
            if (idToken.hasClaim(name)) {
                claims.put(name, idToken.getClaim(name));
            }
        }
        return new OidcUserInfo(claims);
    }
}
