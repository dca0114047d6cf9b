package fr.essor.identity.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import fr.essor.identity.IdentityProviderProperties;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class EssorClientsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final InMemoryRegisteredClientRepository clients = EssorClients.repository(new IdentityProviderProperties(
            URI.create("http://localhost:9000"),
            new IdentityProviderProperties.Services(URI.create("http://localhost:8081"), URI.create("http://localhost:9082/"),
                    URI.create("http://localhost:8083"), URI.create("http://localhost:8084")),
            new IdentityProviderProperties.Tokens(Duration.ofMinutes(5), Duration.ofHours(8)),
            new IdentityProviderProperties.Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15))), encoder);

    @Test
    void eachServiceUiClientComesBackToItsServiceAndItsSwaggerUi() {
        RegisteredClient funding = clients.findByClientId("essor-funding");

        assertThat(funding.getRedirectUris()).containsExactlyInAnyOrder(
                "http://localhost:9082/login/oauth2/code/essor", "http://localhost:9082/swagger-ui/oauth2-redirect.html");
        assertThat(funding.getPostLogoutRedirectUris()).containsExactly("http://localhost:9082/login?logout");
        assertThat(EssorClients.backChannelLogoutUri(funding))
                .contains(URI.create("http://localhost:9082/logout/connect/back-channel/essor"));
        assertThat(funding.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(funding.getClientSettings().isRequireAuthorizationConsent()).isFalse();
        assertThat(funding.getClientAuthenticationMethods()).containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(funding.getAuthorizationGrantTypes()).containsExactlyInAnyOrder(
                AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
        assertThat(funding.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(encoder.matches("essor-funding", funding.getClientSecret())).isTrue();
        assertThat(funding.getTokenSettings().getAccessTokenTimeToLive()).isEqualTo(Duration.ofMinutes(5));
        for (String id : new String[] {"essor-roadmap", "essor-procurement", "essor-foncier"}) {
            assertThat(clients.findByClientId(id)).as(id).isNotNull();
        }
    }

    @Test
    void theEptSystemsAndTheCliUseClientCredentialsWithTheirRolesAndTerritory() {
        assertThat(territoryOf("ept-plaine-commune")).isEqualTo("T6");
        assertThat(territoryOf("ept-terres-envol")).isEqualTo("T7");
        assertThat(territoryOf("ept-est-ensemble")).isEqualTo("T8");
        assertThat(territoryOf("ept-grand-est")).isEqualTo("T9");
        RegisteredClient cli = clients.findByClientId("essor-cli");
        assertThat(EssorClients.roles(cli)).containsExactly("ADMIN");
        assertThat(EssorClients.territory(cli)).isEmpty();
        assertThat(cli.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(EssorClients.backChannelLogoutUri(cli)).isEmpty();
        assertThat(encoder.matches("essor-cli", cli.getClientSecret())).isTrue();
    }

    private String territoryOf(String clientId) {
        RegisteredClient client = clients.findByClientId(clientId);
        assertThat(EssorClients.roles(client)).as(clientId).containsExactly("EPT");
        return EssorClients.territory(client).orElseThrow();
    }
}
