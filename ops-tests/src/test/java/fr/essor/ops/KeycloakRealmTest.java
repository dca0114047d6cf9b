package fr.essor.ops;

import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.kit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static fr.essor.ops.KeycloakRealm.Token.ACCESS;
import static fr.essor.ops.KeycloakRealm.Token.ID;
import static fr.essor.ops.KeycloakRealm.Token.USERINFO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ops/keycloak/essor-realm.json against the OIDC contract ({@link OidcContract}) and the kit: the roles, one
 * authorization-code client per UI, one client-credentials client per EPT and one for the administration scripts, the
 * claims every client writes. Keycloak itself is not run here (no Docker): see docs/operations.md.
 */
class KeycloakRealmTest {

    private final KeycloakRealm realm = KeycloakRealm.load();

    @Test
    void realmRolesAreExactlyTheKitsRoles() {
        assertThat(realm.name()).isEqualTo("essor");
        assertThat(realm.realmRoles()).containsExactlyElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void theClientsAreTheContractsAndNothingElse() {
        List<String> expected = new ArrayList<>();
        OidcContract.UI_SERVICES.forEach(ui -> expected.add(ui.clientId()));
        expected.addAll(OidcContract.EPT_CLIENTS.keySet());
        expected.add(OidcContract.CLI_CLIENT);

        assertThat(realm.clientIds()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void noPersonIsImportedOnlyServiceAccounts() {
        List<String> serviceAccounts = new ArrayList<>();
        for (JsonNode user : realm.json().path("users")) {
            String client = user.path("serviceAccountClientId").asString();
            assertThat(client).as("user %s is a service account", user.path("username").asString()).isNotEmpty();
            assertThat(user.path("username").asString()).isEqualTo("service-account-" + client);
            assertThat(user.has("credentials")).as("no password in the realm file").isFalse();
            serviceAccounts.add(client);
        }
        assertThat(serviceAccounts).containsExactlyInAnyOrderElementsOf(Stream.concat(
                OidcContract.EPT_CLIENTS.keySet().stream(), Stream.of(OidcContract.CLI_CLIENT)).toList());
    }

    @Test
    void bruteForceDetectionLocksAnAccountForAWhileNeverForGood() {
        JsonNode json = realm.json();

        assertThat(json.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(json.path("permanentLockout").isBoolean()).isTrue();
        assertThat(json.path("permanentLockout").asBoolean()).isFalse();
        assertThat(json.path("failureFactor").asInt()).isEqualTo(5);
        assertThat(json.path("waitIncrementSeconds").asInt()).isPositive();
        assertThat(json.path("maxFailureWaitSeconds").asInt()).isGreaterThanOrEqualTo(json.path("waitIncrementSeconds").asInt());
        assertThat(json.path("minimumQuickLoginWaitSeconds").asInt()).isPositive();
    }

    @Test
    void eachServiceUiIsAConfidentialAuthorizationCodeClientWithPkce() {
        for (OidcContract.UiService ui : OidcContract.UI_SERVICES) {
            JsonNode client = realm.client(ui.clientId());

            assertThat(client.path("publicClient").isBoolean()).as(ui.clientId()).isTrue();
            assertThat(client.path("publicClient").asBoolean()).as(ui.clientId()).isFalse();
            assertThat(client.path("clientAuthenticatorType").asString()).isEqualTo("client-secret");
            assertThat(client.path("standardFlowEnabled").asBoolean()).as(ui.clientId()).isTrue();
            assertThat(flags(client, "implicitFlowEnabled", "directAccessGrantsEnabled", "serviceAccountsEnabled"))
                    .as("%s: standard flow only", ui.clientId()).containsOnly(false);
            assertThat(KeycloakRealm.attribute(client, "pkce.code.challenge.method")).as(ui.clientId()).isEqualTo("S256");
        }
    }

    @Test
    void eachServiceUiHasTheContractsRedirectLogoutAndBackChannelUris() {
        for (OidcContract.UiService ui : OidcContract.UI_SERVICES) {
            JsonNode client = realm.client(ui.clientId());
            // the public URL is a placeholder Keycloak resolves at import; DockerComposeOidcTest resolves it as compose does
            String publicUrl = "${ESSOR_PUBLIC_" + ui.shortName().toUpperCase() + "_URL}";

            assertThat(KeycloakRealm.strings(client.path("redirectUris")))
                    .containsExactly(publicUrl + OidcContract.REDIRECT_PATH);
            assertThat(KeycloakRealm.attribute(client, "post.logout.redirect.uris"))
                    .isEqualTo(publicUrl + OidcContract.POST_LOGOUT_PATH);
            // Keycloak calls the back-channel itself, from its container: the service's compose name and port
            assertThat(KeycloakRealm.attribute(client, "backchannel.logout.url"))
                    .isEqualTo("http://" + ui.service() + ":" + ui.port() + OidcContract.BACK_CHANNEL_LOGOUT_PATH);
            assertThat(KeycloakRealm.attribute(client, "backchannel.logout.session.required")).isEqualTo("true");
            assertThat(client.path("frontchannelLogout").asBoolean()).isFalse();
        }
    }

    @Test
    void eachEptHasAClientCredentialsClientCarryingItsTerritory() {
        List<Territory> territories = Communes.fromClasspath().territories();
        assertThat(territories).extracting(Territory::code).containsExactlyElementsOf(OidcContract.EPT_CLIENTS.values());

        for (Territory territory : territories) {
            String clientId = clientOf(territory.code());
            JsonNode client = realm.client(clientId);

            assertClientCredentialsOnly(client);
            assertThat(client.path("name").asString()).contains(territory.code(), territory.name());
            assertThat(realm.serviceAccount(clientId).realmRoles()).containsExactly(Role.EPT.name());
            List<JsonNode> territoryMappers = KeycloakRealm.mappers(client, OidcContract.TERRITORY);
            assertThat(territoryMappers).as(clientId).hasSize(1);
            JsonNode mapper = territoryMappers.get(0);
            assertThat(KeycloakRealm.type(mapper)).isEqualTo("oidc-hardcoded-claim-mapper");
            assertThat(mapper.path("config").path("claim.value").asString()).isEqualTo(territory.code());
            assertThat(mapper.path("config").path("jsonType.label").asString()).isEqualTo("String");
            for (KeycloakRealm.Token token : List.of(ACCESS, ID, USERINFO)) {
                assertThat(KeycloakRealm.writes(mapper, token)).as("%s territory in %s", clientId, token).isTrue();
            }
        }
    }

    @Test
    void theAdministrationScriptsHaveAnAdminClientCredentialsClientWithoutTerritory() {
        JsonNode client = realm.client(OidcContract.CLI_CLIENT);

        assertClientCredentialsOnly(client);
        assertThat(realm.serviceAccount(OidcContract.CLI_CLIENT).realmRoles()).containsExactly(OidcContract.CLI_ROLE.name());
        assertThat(KeycloakRealm.mappers(client, OidcContract.TERRITORY)).isEmpty();
        for (OidcContract.UiService ui : OidcContract.UI_SERVICES) {
            assertThat(KeycloakRealm.mappers(realm.client(ui.clientId()), OidcContract.TERRITORY)).as(ui.clientId()).isEmpty();
        }
    }

    @Test
    void everyClientPutsEssorInTheAudienceOfItsAccessTokens() {
        for (JsonNode client : realm.clients()) {
            List<JsonNode> audience = KeycloakRealm.mappers(client, "aud");
            assertThat(audience).as(KeycloakRealm.clientId(client)).hasSize(1);
            assertThat(audience.get(0).path("config").path("included.custom.audience").asString())
                    .isEqualTo(OidcContract.AUDIENCE);
            assertThat(KeycloakRealm.writes(audience.get(0), ACCESS)).as(KeycloakRealm.clientId(client)).isTrue();
        }
    }

    @Test
    void everyClientWritesTheRealmRolesOfItsScopeIntoAFlatRolesClaim() {
        for (JsonNode client : realm.clients()) {
            String clientId = KeycloakRealm.clientId(client);
            List<JsonNode> roles = KeycloakRealm.mappers(client, OidcContract.ROLES);
            assertThat(roles).as(clientId).hasSize(1);
            JsonNode mapper = roles.get(0);
            assertThat(KeycloakRealm.type(mapper)).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(mapper.path("config").path("multivalued").asString()).as(clientId).isEqualTo("true");
            assertThat(mapper.path("config").has("usermodel.realmRoleMapping.rolePrefix")).isFalse();
            assertThat(KeycloakRealm.writes(mapper, ACCESS)).as(clientId).isTrue();
            assertThat(KeycloakRealm.writes(mapper, ID)).as(clientId).isTrue();

            // no full scope: Keycloak's own default roles (default-roles-essor, offline_access, uma_authorization)
            // stay out of the claim, which then holds only names of fr.essor.kit.security.Role
            assertThat(client.path("fullScopeAllowed").isBoolean()).as(clientId).isTrue();
            assertThat(client.path("fullScopeAllowed").asBoolean()).as(clientId).isFalse();
            assertThat(realm.realmRoles()).containsAll(realm.roleScope(client));
            List<String> expectedScope = realm.serviceAccountUser(clientId).isPresent()
                    ? realm.serviceAccount(clientId).realmRoles() : realm.realmRoles();
            assertThat(realm.roleScope(client)).as(clientId).containsExactlyInAnyOrderElementsOf(expectedScope);
        }
    }

    @Test
    void everyClientNamesItsCallerInPreferredUsername() {
        for (OidcContract.UiService ui : OidcContract.UI_SERVICES) {
            JsonNode client = realm.client(ui.clientId());
            List<JsonNode> mappers = KeycloakRealm.mappers(client, OidcContract.PREFERRED_USERNAME);
            assertThat(mappers).as(ui.clientId()).hasSize(1);
            assertThat(KeycloakRealm.type(mappers.get(0))).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(mappers.get(0).path("config").path("user.attribute").asString()).isEqualTo("username");
            assertThat(KeycloakRealm.writes(mappers.get(0), ACCESS) && KeycloakRealm.writes(mappers.get(0), ID)).isTrue();
        }
        for (String clientId : serviceAccountClients()) {
            JsonNode client = realm.client(clientId);
            List<JsonNode> mappers = KeycloakRealm.mappers(client, OidcContract.PREFERRED_USERNAME);
            assertThat(mappers).as(clientId).hasSize(1);
            assertThat(KeycloakRealm.type(mappers.get(0))).isEqualTo("oidc-hardcoded-claim-mapper");
            assertThat(mappers.get(0).path("config").path("claim.value").asString()).isEqualTo(clientId);
            assertThat(KeycloakRealm.writes(mappers.get(0), ACCESS)).isTrue();
            // Keycloak's built-in scope "profile" writes preferred_username = service-account-<client id> after the
            // client's own mappers: a service-account client must not have it
            assertThat(KeycloakRealm.defaultClientScopes(client)).as(clientId).doesNotContain("profile");
            assertThat(KeycloakRealm.strings(client.path("optionalClientScopes"))).doesNotContain("profile");
        }
    }

    @Test
    void theRealmKeepsKeycloaksBuiltInClientScopes() {
        // with a "clientScopes" array, Keycloak's import creates none of its built-in scopes (basic: sub; profile;
        // email; roles…): the claims are mapped on each client instead
        assertThat(realm.json().has("clientScopes")).isFalse();
        for (JsonNode client : realm.clients()) {
            assertThat(KeycloakRealm.defaultClientScopes(client)).as(KeycloakRealm.clientId(client)).contains("basic")
                    .isSubsetOf("basic", "profile", "email", "acr", "roles", "web-origins", "service_account");
        }
    }

    @Test
    void everyClientSecretIsAPlaceholderNamedAfterTheClient() {
        for (JsonNode client : realm.clients()) {
            String clientId = KeycloakRealm.clientId(client);
            assertThat(client.path("secret").asString()).as(clientId)
                    .isEqualTo("${" + OidcContract.secretVariable(clientId) + "}");
        }
    }

    private void assertClientCredentialsOnly(JsonNode client) {
        String clientId = KeycloakRealm.clientId(client);
        assertThat(client.path("publicClient").asBoolean()).as(clientId).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(clientId).isTrue();
        assertThat(flags(client, "standardFlowEnabled", "implicitFlowEnabled", "directAccessGrantsEnabled"))
                .as("%s: client credentials only", clientId).containsOnly(false);
    }

    private static List<Boolean> flags(JsonNode client, String... names) {
        List<Boolean> values = new ArrayList<>();
        for (String name : names) {
            assertThat(client.path(name).isBoolean()).as("%s.%s is set", KeycloakRealm.clientId(client), name).isTrue();
            values.add(client.path(name).asBoolean());
        }
        return values;
    }

    private static String clientOf(String territory) {
        return OidcContract.EPT_CLIENTS.entrySet().stream().filter(entry -> entry.getValue().equals(territory))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static List<String> serviceAccountClients() {
        return Stream.concat(OidcContract.EPT_CLIENTS.keySet().stream(), Stream.of(OidcContract.CLI_CLIENT)).toList();
    }
}
