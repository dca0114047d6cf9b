package fr.essor.ops;

import fr.essor.kit.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.essor.ops.KeycloakRealm.Token.ACCESS;
import static fr.essor.ops.KeycloakRealm.Token.ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example token payloads in {@code src/test/resources/keycloak/} (reused by the kit's tests) are what the realm
 * would issue: each claim is accounted for — written by a protocol mapper of the client (value computed from the
 * mapper's config and the subject), by one of Keycloak's built-in client scopes the client has, or by Keycloak's token
 * code itself — and every mapper of the client that writes that kind of token has its claim in the example. Keycloak
 * never ran here: the built-in scopes and protocol claims below are Keycloak 26's as documented, not observed.
 */
class KeycloakTokenExamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String EPT_ACCESS_TOKEN = "keycloak/ept-est-ensemble.access-token.json";
    static final String INSTRUCTOR_ID_TOKEN = "keycloak/dmta-instructor.id-token.json";

    /** The person of the ID token example, as an administrator would create them in Keycloak. */
    static final KeycloakRealm.Subject DMTA_INSTRUCTOR = new KeycloakRealm.Subject("instructeur", "Inès", "Ferrand",
            "instructeur@essor.example", List.of(Role.INSTRUCTOR.name(), Role.DMTA.name()));

    /**
     * Claims of Keycloak 26's built-in client scopes (created in every realm, not in the file), by scope, with the
     * tokens each writes. Only claims a user of this realm can have are listed (no address, phone, picture…).
     */
    private static final Map<String, Map<String, Set<KeycloakRealm.Token>>> BUILT_IN_SCOPES = new LinkedHashMap<>();

    static {
        BUILT_IN_SCOPES.put("basic", Map.of("sub", Set.of(ACCESS, ID), "auth_time", Set.of(ACCESS, ID)));
        BUILT_IN_SCOPES.put("service_account", Map.of("client_id", Set.of(ACCESS, ID), "clientHost", Set.of(ACCESS, ID),
                "clientAddress", Set.of(ACCESS, ID)));
        BUILT_IN_SCOPES.put("profile", Map.of("preferred_username", Set.of(ACCESS, ID), "name", Set.of(ACCESS, ID),
                "given_name", Set.of(ACCESS, ID), "family_name", Set.of(ACCESS, ID)));
        BUILT_IN_SCOPES.put("email", Map.of("email", Set.of(ACCESS, ID), "email_verified", Set.of(ACCESS, ID)));
        BUILT_IN_SCOPES.put("acr", Map.of("acr", Set.of(ACCESS, ID)));
        BUILT_IN_SCOPES.put("roles", Map.of("realm_access", Set.of(ACCESS), "resource_access", Set.of(ACCESS)));
        BUILT_IN_SCOPES.put("web-origins", Map.of("allowed-origins", Set.of(ACCESS)));
    }

    /** Claims Keycloak's token code sets itself, by token. */
    private static final Map<KeycloakRealm.Token, Set<String>> PROTOCOL_CLAIMS = Map.of(
            ACCESS, Set.of("iss", "exp", "iat", "jti", "typ", "azp", "scope", "sid"),
            ID, Set.of("iss", "exp", "iat", "jti", "typ", "azp", "aud", "nonce", "sid", "at_hash"));

    private final KeycloakRealm realm = KeycloakRealm.load();

    @Test
    void theEptAccessTokenIsWhatTheRealmIssuesToEptEstEnsemble() {
        JsonNode token = example(EPT_ACCESS_TOKEN);
        String clientId = "ept-est-ensemble";
        KeycloakRealm.Subject serviceAccount = realm.serviceAccount(clientId);

        assertIssuedBy(token, ACCESS, realm.client(clientId), serviceAccount);
        assertThat(token.path("typ").asString()).isEqualTo("Bearer");
        assertThat(token.path("scope").asString()).as("no default scope of the client is included in 'scope'").isEmpty();
        // the claims the services read, per the contract
        assertThat(token.path(OidcContract.PREFERRED_USERNAME).asString()).isEqualTo(clientId);
        assertThat(strings(token.path("aud"))).contains(OidcContract.AUDIENCE);
        assertThat(strings(token.path(OidcContract.ROLES))).containsExactly(Role.EPT.name());
        assertThat(token.path(OidcContract.TERRITORY).asString()).isEqualTo(OidcContract.EPT_CLIENTS.get(clientId));
        assertThat(token.path("client_id").asString()).isEqualTo(clientId);
    }

    @Test
    void theInstructorIdTokenIsWhatTheRealmIssuesThroughTheFundingUi() {
        JsonNode token = example(INSTRUCTOR_ID_TOKEN);
        String clientId = "essor-funding";

        assertIssuedBy(token, ID, realm.client(clientId), DMTA_INSTRUCTOR);
        assertThat(token.path("typ").asString()).isEqualTo("ID");
        assertThat(token.path("aud").asString()).as("an ID token's audience is its client").isEqualTo(clientId);
        assertThat(token.path("auth_time").asLong()).isLessThanOrEqualTo(token.path("iat").asLong());
        assertThat(token.path(OidcContract.PREFERRED_USERNAME).asString()).isEqualTo(DMTA_INSTRUCTOR.username());
        assertThat(strings(token.path(OidcContract.ROLES))).containsExactlyInAnyOrder(Role.DMTA.name(), Role.INSTRUCTOR.name());
        assertThat(token.path("sid").asString()).as("for back-channel logout").isNotBlank();
        assertThat(token.has(OidcContract.TERRITORY)).isFalse();
    }

    private void assertIssuedBy(JsonNode token, KeycloakRealm.Token kind, JsonNode client, KeycloakRealm.Subject subject) {
        String clientId = KeycloakRealm.clientId(client);
        Map<String, Object> fromMappers = claimsOfMappers(client, kind, subject);
        Map<String, Set<KeycloakRealm.Token>> fromScopes = new LinkedHashMap<>();
        for (String scope : KeycloakRealm.defaultClientScopes(client)) {
            fromScopes.putAll(BUILT_IN_SCOPES.getOrDefault(scope, Map.of()));
        }

        // every claim of the example has a source …
        for (String claim : token.propertyNames()) {
            boolean mapped = fromMappers.containsKey(claim);
            boolean builtIn = fromScopes.getOrDefault(claim, Set.of()).contains(kind);
            boolean protocol = PROTOCOL_CLAIMS.get(kind).contains(claim);
            assertThat(mapped || builtIn || protocol).as("%s of %s: claim '%s' comes from nothing in the realm",
                    kind, clientId, claim).isTrue();
        }
        // … every mapper of the client that writes this token has its claim in the example, with its value …
        fromMappers.forEach((claim, value) -> {
            assertThat(token.has(claim)).as("%s of %s lacks '%s'", kind, clientId, claim).isTrue();
            if (value instanceof List<?> values) {
                assertThat(strings(token.path(claim))).as("%s of %s: %s", kind, clientId, claim)
                        .containsExactlyInAnyOrderElementsOf(values.stream().map(String::valueOf).toList());
            } else {
                assertThat(token.path(claim).asString()).as("%s of %s: %s", kind, clientId, claim).isEqualTo(value);
            }
        });
        // … and the built-in and protocol claims have the values Keycloak gives them
        for (String claim : token.propertyNames()) {
            if (!fromMappers.containsKey(claim)) {
                assertBuiltInOrProtocolValue(token, claim, clientId, subject);
            }
        }
        assertThat(token.path("exp").asLong() - token.path("iat").asLong())
                .isEqualTo(realm.json().path("accessTokenLifespan").asLong());
        assertThat(token.path(OidcContract.ROLES).isArray()).as("roles is a JSON array, even of one").isTrue();
        assertThat(strings(token.path(OidcContract.ROLES)))
                .isSubsetOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    /** Claim → value of every mapper of the client that writes {@code kind} ({@code aud} gathers the audiences). */
    private Map<String, Object> claimsOfMappers(JsonNode client, KeycloakRealm.Token kind, KeycloakRealm.Subject subject) {
        Map<String, Object> claims = new LinkedHashMap<>();
        List<String> audiences = new ArrayList<>();
        for (JsonNode mapper : KeycloakRealm.mappers(client)) {
            if (!KeycloakRealm.writes(mapper, kind)) {
                continue;
            }
            Object value = realm.value(client, mapper, subject);
            if (KeycloakRealm.claim(mapper).equals("aud")) {
                audiences.add((String) value);
            } else {
                claims.put(KeycloakRealm.claim(mapper), value);
            }
        }
        if (!audiences.isEmpty()) {
            claims.put("aud", audiences);
        }
        return claims;
    }

    private static void assertBuiltInOrProtocolValue(JsonNode token, String claim, String clientId,
                                                     KeycloakRealm.Subject subject) {
        JsonNode value = token.path(claim);
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
        switch (claim) {
            case "iss" -> assertThat(value.asString()).isEqualTo(OidcContract.COMPOSE_ISSUER);
            case "azp", "client_id" -> assertThat(value.asString()).as(claim).isEqualTo(clientId);
            case "aud" -> assertThat(value.asString()).as("ID token audience").isEqualTo(clientId);
            case "sub" -> assertThat(value.asString()).as("Keycloak's user id").matches(uuid);
            case "exp", "iat", "auth_time" -> assertThat(value.isNumber()).as(claim).isTrue();
            case "typ", "scope" -> assertThat(value.isString()).as(claim).isTrue();
            case "jti", "sid", "nonce", "at_hash" -> assertThat(value.asString()).as(claim).isNotBlank();
            case "clientHost", "clientAddress" -> assertThat(value.asString()).as(claim).matches("[0-9a-fA-F.:]+");
            case "acr" -> assertThat(value.asString()).as("a login in this request").isEqualTo("1");
            case "preferred_username" -> assertThat(value.asString()).isEqualTo(subject.username());
            case "given_name" -> assertThat(value.asString()).isEqualTo(subject.firstName());
            case "family_name" -> assertThat(value.asString()).isEqualTo(subject.lastName());
            case "name" -> assertThat(value.asString()).isEqualTo(subject.firstName() + " " + subject.lastName());
            case "email" -> assertThat(value.asString()).isEqualTo(subject.email());
            case "email_verified" -> assertThat(value.isBoolean()).as(claim).isTrue();
            default -> throw new AssertionError("no expected value known for claim " + claim);
        }
    }

    static JsonNode example(String resource) {
        try (InputStream in = KeycloakTokenExamplesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode node) {
        if (node.isArray()) {
            return KeycloakRealm.strings(node);
        }
        return List.of(node.asString());
    }
}
