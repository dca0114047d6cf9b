package fr.essor.ops;

import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.kit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** ops/keycloak/essor-realm.json against the kit: the same roles, one client-credentials client per EPT. */
class KeycloakRealmTest {

    private final JsonNode realm = OpsQueries.json(Repository.file("ops/keycloak/essor-realm.json"));

    @Test
    void realmRolesAreTheKitsRoles() {
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));

        assertThat(realm.path("realm").asString()).isEqualTo("essor");
        assertThat(roles).containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void eachServiceUiHasAConfidentialAuthorizationCodeClient() {
        for (String service : List.of("roadmap", "funding", "procurement", "foncier")) {
            JsonNode client = client("essor-" + service + "-ui").orElseThrow(() -> new AssertionError(service));

            assertThat(client.path("publicClient").asBoolean()).isFalse();
            assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(client.path("secret").asString()).isEqualTo("${ESSOR_" + service.toUpperCase() + "_UI_SECRET}");
            assertThat(client.path("redirectUris").get(0).asString())
                    .isEqualTo("${ESSOR_PUBLIC_" + service.toUpperCase() + "_URL}/login/oauth2/code/keycloak");
        }
    }

    @Test
    void eachEptHasAClientCredentialsClientCarryingItsTerritory() {
        List<Territory> territories = Communes.fromClasspath().territories();
        assertThat(territories).extracting(Territory::code).containsExactly("T6", "T7", "T8", "T9");

        for (Territory territory : territories) {
            String clientId = "essor-ept-" + territory.code().toLowerCase();
            JsonNode client = client(clientId).orElseThrow(() -> new AssertionError(clientId));

            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(client.path("secret").asString()).isEqualTo("${ESSOR_EPT_" + territory.code() + "_SECRET}");
            assertThat(client.path("name").asString()).contains(territory.name());
            List<String> territoryClaims = new ArrayList<>();
            client.path("protocolMappers").forEach(mapper -> {
                if (mapper.path("config").path("claim.name").asString().equals("territory")) {
                    territoryClaims.add(mapper.path("config").path("claim.value").asString());
                }
            });
            assertThat(territoryClaims).containsExactly(territory.code());
            List<String> serviceAccountRoles = new ArrayList<>();
            realm.path("users").forEach(user -> {
                if (user.path("serviceAccountClientId").asString().equals(clientId)) {
                    user.path("realmRoles").forEach(role -> serviceAccountRoles.add(role.asString()));
                }
            });
            assertThat(serviceAccountRoles).containsExactly(Role.EPT.name());
        }
    }

    @Test
    void noClientCarriesALiteralSecret() {
        realm.path("clients").forEach(client -> assertThat(client.path("secret").asString())
                .as(client.path("clientId").asString()).matches("\\$\\{[A-Z0-9_]+}"));
    }

    private Optional<JsonNode> client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals(clientId)) {
                return Optional.of(client);
            }
        }
        return Optional.empty();
    }
}
