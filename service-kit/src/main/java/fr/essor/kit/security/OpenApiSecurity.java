package fr.essor.kit.security;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * How the OpenAPI document tells an integrator to authenticate (issue 9): the platform's OpenID provider
 * ({@code openIdConnect}, its discovery document), OAuth2 with the client credentials flow (an EPT system or a
 * script) and the authorization code flow (a person, with PKCE), both with the provider's real endpoints, and a
 * plain bearer JWT. Every operation under {@code /api/} requires one of them.
 */
final class OpenApiSecurity implements OpenApiCustomizer {

    static final String OAUTH2 = "oauth2";
    static final String OPENID = "openId";
    static final String BEARER = "bearerJwt";

    private static final Log logger = LogFactory.getLog(OpenApiSecurity.class);

    private final EssorSecurityProperties.Oidc oidc;
    private final ClientRegistrationRepository registrations;

    OpenApiSecurity(EssorSecurityProperties.Oidc oidc, ClientRegistrationRepository registrations) {
        this.oidc = oidc;
        this.registrations = registrations;
    }

    @Override
    public void customise(OpenAPI openApi) {
        String tokenUri = oidc.issuer() + "/oauth2/token";
        String authorizationUri = oidc.issuer() + "/oauth2/authorize";
        try {
            ClientRegistration registration = registrations.findByRegistrationId(
                    DiscoveredClientRegistration.REGISTRATION_ID);
            tokenUri = registration.getProviderDetails().getTokenUri();
            authorizationUri = registration.getProviderDetails().getAuthorizationUri();
        } catch (RuntimeException unreachable) {
            logger.warn("OpenID provider not reachable while describing the API; its usual endpoints are given: "
                    + unreachable.getMessage());
        }
        Scopes scopes = new Scopes().addString("openid", "Identité de la personne ou du client");
        openApi.schemaRequirement(OAUTH2, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("Jeton du fournisseur d'identité de la plateforme. Un système d'EPT ou un script : "
                        + "client credentials (son identifiant et son secret) ; une personne : authorization code "
                        + "avec PKCE. Le jeton porte les rôles (claim `roles`), le territoire d'un EPT (`territory`) "
                        + "et l'audience `" + oidc.audience() + "`.")
                .flows(new OAuthFlows()
                        .clientCredentials(new OAuthFlow().tokenUrl(tokenUri).scopes(scopes))
                        .authorizationCode(new OAuthFlow().authorizationUrl(authorizationUri).tokenUrl(tokenUri)
                                .scopes(scopes))));
        openApi.schemaRequirement(OPENID, new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(oidc.issuer() + "/.well-known/openid-configuration")
                .description("Le fournisseur d'identité OpenID Connect de la plateforme."));
        openApi.schemaRequirement(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("Un jeton d'accès déjà obtenu, dans l'en-tête `Authorization: Bearer …`."));
        if (openApi.getPaths() == null) {
            return;
        }
        List<SecurityRequirement> anyOf = List.of(
                new SecurityRequirement().addList(OAUTH2, "openid"),
                new SecurityRequirement().addList(OPENID, "openid"),
                new SecurityRequirement().addList(BEARER));
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperations().forEach(operation -> operation.setSecurity(anyOf));
            }
        });
    }
}
