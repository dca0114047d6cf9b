package fr.essor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Discovery, health and the client-credentials grant of the EPT systems and the CLI. */
class ProviderEndpointsIT extends ProviderTest {

    @Test
    void discoveryNamesTheIssuerItsKeysAndTheEndSessionEndpoint() {
        ProviderClient client = newClient();

        Map<String, Object> discovery = ProviderClient.json(client.get("/.well-known/openid-configuration").body());

        assertThat(discovery).containsEntry("issuer", ISSUER)
                .containsEntry("end_session_endpoint", ISSUER + "/connect/logout")
                .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks")
                .containsEntry("backchannel_logout_supported", true)
                .containsEntry("backchannel_logout_session_supported", true);
        assertThat(ProviderClient.list(discovery.get("code_challenge_methods_supported"))).contains("S256");
    }

    @Test
    void healthIsOpenForTheLaunchersProbe() {
        HttpResponse<String> health = newClient().get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ProviderClient.json(health.body())).containsEntry("status", "UP");
    }

    @Test
    void anEptSystemGetsASignedAccessTokenWithItsRoleTerritoryAndTheEssorAudience() {
        ProviderClient client = newClient();

        HttpResponse<String> response = client.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "ept-est-ensemble", "ept-est-ensemble");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> token = ProviderClient.json(response.body());
        assertThat(token).containsEntry("token_type", "Bearer");
        assertThat(((Number) token.get("expires_in")).longValue()).isBetween(295L, 300L);
        Map<String, Object> claims = client.verifiedClaims((String) token.get("access_token"));
        assertThat(claims).containsEntry("iss", ISSUER)
                .containsEntry("sub", "ept-est-ensemble")
                .containsEntry("preferred_username", "ept-est-ensemble")
                .doesNotContainKey("email")
                .containsEntry("roles", List.of("EPT"))
                .containsEntry("territory", "T8");
        assertThat(ProviderClient.audience(claims)).containsExactlyInAnyOrder("essor", "ept-est-ensemble");
    }

    @Test
    void theCliIsAnAdministratorWithoutTerritoryAndMaySendItsSecretInTheForm() {
        ProviderClient client = newClient();

        HttpResponse<String> response = client.postForm("/oauth2/token", Map.of("grant_type", "client_credentials",
                "client_id", "essor-cli", "client_secret", "essor-cli"), null, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> claims = client.verifiedClaims((String) ProviderClient.json(response.body()).get("access_token"));
        assertThat(claims).containsEntry("preferred_username", "essor-cli")
                .containsEntry("roles", List.of("ADMIN"))
                .doesNotContainKey("territory");
        assertThat(ProviderClient.audience(claims)).contains("essor");
    }

    @Test
    void aWrongSecretIsRefusedWith401() {
        HttpResponse<String> response = newClient().postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "ept-est-ensemble", "ept-plaine-commune");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ProviderClient.json(response.body())).containsEntry("error", "invalid_client");
    }

    @Test
    void aServiceUiClientCannotUseClientCredentials() {
        HttpResponse<String> response = newClient().postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "essor-funding", "essor-funding");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProviderClient.json(response.body())).containsEntry("error", "unauthorized_client");
    }

    @Test
    void swaggerUiOfAServiceMayCallTheTokenEndpointFromItsOriginButNoOtherSiteMay() {
        ProviderClient client = newClient();
        String serviceOrigin = SERVICES.baseUrl("funding").replace("/funding", "");

        HttpResponse<String> fromTheService = client.preflight("/oauth2/token", serviceOrigin);
        HttpResponse<String> fromElsewhere = client.preflight("/oauth2/token", "http://evil.example");

        assertThat(fromTheService.statusCode()).isEqualTo(200);
        assertThat(fromTheService.headers().firstValue("Access-Control-Allow-Origin")).contains(serviceOrigin);
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
    }
}
