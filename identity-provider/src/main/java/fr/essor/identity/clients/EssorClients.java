package fr.essor.identity.clients;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.essor.identity.IdentityProviderProperties;
import fr.essor.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The clients of the OIDC contract: one confidential client per service UI ({@code essor-<service>}, authorization
 * code with PKCE, no consent screen) and the client-credentials clients of the EPT systems and the CLI. Every secret
 * is the client id: local use only. What Essor adds to a client (its roles, territory, back-channel logout URI) is kept
 * in its {@link ClientSettings}.
 */
public final class EssorClients {

    /** The services' Spring client registration id, which their callback and back-channel paths end with. */
    public static final String REGISTRATION_ID = "essor";

    static final String ROLES = "essor.client.roles";
    static final String TERRITORY = "essor.client.territory";
    static final String BACK_CHANNEL_LOGOUT_URI = "essor.client.backchannel-logout-uri";

    /** A system calling the services' APIs with client credentials. */
    public record Machine(String clientId, List<Role> roles, String territory) {
        public Machine {
            roles = List.copyOf(roles);
        }
    }

    public static final List<Machine> MACHINES = List.of(
            new Machine("ept-plaine-commune", List.of(Role.EPT), "T6"),
            new Machine("ept-terres-envol", List.of(Role.EPT), "T7"),
            new Machine("ept-est-ensemble", List.of(Role.EPT), "T8"),
            new Machine("ept-grand-est", List.of(Role.EPT), "T9"),
            new Machine("essor-cli", List.of(Role.ADMIN), null));

    private EssorClients() {
    }

    public static InMemoryRegisteredClientRepository repository(IdentityProviderProperties properties,
            PasswordEncoder encoder) {
        IdentityProviderProperties.Services services = properties.services();
        List<RegisteredClient> clients = new ArrayList<>(List.of(
                serviceUi("roadmap", services.roadmap(), properties, encoder),
                serviceUi("funding", services.funding(), properties, encoder),
                serviceUi("procurement", services.procurement(), properties, encoder),
                serviceUi("foncier", services.foncier(), properties, encoder)));
        MACHINES.forEach(machine -> clients.add(machine(machine, properties, encoder)));
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** The roles a client-credentials client acts with (none for a service UI client: its tokens carry the person's). */
    public static List<String> roles(RegisteredClient client) {
        List<String> roles = client.getClientSettings().getSetting(ROLES);
        return roles == null ? List.of() : roles;
    }

    public static Optional<String> territory(RegisteredClient client) {
        return Optional.ofNullable(client.getClientSettings().getSetting(TERRITORY));
    }

    /** Where the provider posts logout tokens for this client (service UI clients only). */
    public static Optional<URI> backChannelLogoutUri(RegisteredClient client) {
        return Optional.ofNullable(client.getClientSettings().<String>getSetting(BACK_CHANNEL_LOGOUT_URI)).map(URI::create);
    }

    private static RegisteredClient serviceUi(String service, URI baseUrl, IdentityProviderProperties properties,
            PasswordEncoder encoder) {
        String base = withoutTrailingSlash(baseUrl);
        String clientId = "essor-" + service;
        return RegisteredClient.withId(clientId)
                .clientId(clientId)
                .clientName("Essor " + service)
                .clientSecret(encoder.encode(clientId))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(base + "/login/oauth2/code/" + REGISTRATION_ID)
                // Swagger UI's "Authorize" (authorization code + PKCE) comes back there
                .redirectUri(base + "/swagger-ui/oauth2-redirect.html")
                .postLogoutRedirectUri(base + "/login?logout")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .setting(BACK_CHANNEL_LOGOUT_URI, base + "/logout/connect/back-channel/" + REGISTRATION_ID)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(properties.tokens().accessToken())
                        .refreshTokenTimeToLive(properties.tokens().refreshToken())
                        .build())
                .build();
    }

    private static RegisteredClient machine(Machine machine, IdentityProviderProperties properties,
            PasswordEncoder encoder) {
        ClientSettings.Builder settings = ClientSettings.builder()
                .setting(ROLES, machine.roles().stream().map(Role::name).toList());
        if (machine.territory() != null) {
            settings.setting(TERRITORY, machine.territory());
        }
        return RegisteredClient.withId(machine.clientId())
                .clientId(machine.clientId())
                .clientName(machine.clientId())
                .clientSecret(encoder.encode(machine.clientId()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(settings.build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokens().accessToken()).build())
                .build();
    }

    private static String withoutTrailingSlash(URI uri) {
        String value = uri.toString();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
