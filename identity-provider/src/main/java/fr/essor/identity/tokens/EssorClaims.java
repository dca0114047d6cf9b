package fr.essor.identity.tokens;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.essor.identity.Role;
import fr.essor.identity.accounts.DemoAccounts;
import fr.essor.identity.clients.EssorClients;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims the services read, on access tokens and ID tokens alike: {@code preferred_username} (the person's login,
 * or the client id for client credentials), {@code roles}, {@code territory} (EPT clients only), {@code email}
 * (people only). Access tokens are
 * also meant for the services' APIs: their {@code aud} holds {@value #API_AUDIENCE} beside the client id. Everything
 * else (the ID token's {@code sid}, {@code nonce}, {@code auth_time}) stays as Spring Authorization Server sets it.
 */
public final class EssorClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The audience every service requires on the access tokens of {@code /api/**}. */
    public static final String API_AUDIENCE = "essor";
    public static final String PREFERRED_USERNAME = "preferred_username";
    public static final String ROLES = "roles";
    public static final String TERRITORY = "territory";
    /** A person's address (the OIDC standard claim), for the e-mails a service sends them (ADR-0018). */
    public static final String EMAIL = "email";

    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        Subject subject = subjectOf(context);
        context.getClaims().claim(PREFERRED_USERNAME, subject.username()).claim(ROLES, subject.roles());
        subject.territory().ifPresent(territory -> context.getClaims().claim(TERRITORY, territory));
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            DemoAccounts.emailOf(subject.username()).ifPresent(email -> context.getClaims().claim(EMAIL, email));
        }
        if (accessToken) {
            context.getClaims().audience(List.of(context.getRegisteredClient().getClientId(), API_AUDIENCE));
        }
    }

    /** Who the token speaks for: the client itself with client credentials, otherwise the signed-in person. */
    private static Subject subjectOf(JwtEncodingContext context) {
        RegisteredClient client = context.getRegisteredClient();
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return new Subject(client.getClientId(), EssorClients.roles(client), EssorClients.territory(client));
        }
        List<String> roles = context.getPrincipal().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(Role::nameOf)
                .filter(Objects::nonNull)
                .filter(ROLE_NAMES::contains)
                .sorted()
                .toList();
        return new Subject(context.getPrincipal().getName(), roles, Optional.empty());
    }

    private record Subject(String username, List<String> roles, Optional<String> territory) {
    }
}
