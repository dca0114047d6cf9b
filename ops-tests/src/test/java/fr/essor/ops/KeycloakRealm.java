package fr.essor.ops;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ops/keycloak/essor-realm.json} read the way Keycloak imports it: clients, their protocol mappers and role scope,
 * the service-account users, and what a mapper writes into a token.
 */
final class KeycloakRealm {

    static final String FILE = "ops/keycloak/essor-realm.json";

    /** The token a mapper writes into, by the flag of its config. */
    enum Token {
        ACCESS("access.token.claim"), ID("id.token.claim"), USERINFO("userinfo.token.claim");

        final String flag;

        Token(String flag) {
            this.flag = flag;
        }
    }

    /**
     * The user a token is issued for: a person (created in Keycloak by an administrator) or a client's service
     * account (imported from the file).
     */
    record Subject(String username, String firstName, String lastName, String email, List<String> realmRoles) {
    }

    private final JsonNode realm;

    private KeycloakRealm(JsonNode realm) {
        this.realm = realm;
    }

    static KeycloakRealm load() {
        return new KeycloakRealm(OpsQueries.json(Repository.file(FILE)));
    }

    JsonNode json() {
        return realm;
    }

    String name() {
        return realm.path("realm").asString();
    }

    List<String> realmRoles() {
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));
        return roles;
    }

    List<JsonNode> clients() {
        List<JsonNode> clients = new ArrayList<>();
        realm.path("clients").forEach(clients::add);
        return clients;
    }

    List<String> clientIds() {
        return clients().stream().map(KeycloakRealm::clientId).toList();
    }

    static String clientId(JsonNode client) {
        return client.path("clientId").asString();
    }

    JsonNode client(String clientId) {
        return clients().stream().filter(client -> clientId(client).equals(clientId)).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId + " in " + FILE));
    }

    static List<JsonNode> mappers(JsonNode client) {
        List<JsonNode> mappers = new ArrayList<>();
        client.path("protocolMappers").forEach(mappers::add);
        return mappers;
    }

    /** The claim a mapper writes: {@code aud} for an audience mapper, else its {@code claim.name}. */
    static String claim(JsonNode mapper) {
        if (type(mapper).equals("oidc-audience-mapper")) {
            return "aud";
        }
        return mapper.path("config").path("claim.name").asString();
    }

    static String type(JsonNode mapper) {
        return mapper.path("protocolMapper").asString();
    }

    /** The mappers of a client that write {@code claim}. */
    static List<JsonNode> mappers(JsonNode client, String claim) {
        return mappers(client).stream().filter(mapper -> claim(mapper).equals(claim)).toList();
    }

    static boolean writes(JsonNode mapper, Token token) {
        return mapper.path("config").path(token.flag).asString().equals("true");
    }

    static String attribute(JsonNode client, String name) {
        return client.path("attributes").path(name).asString();
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    static List<String> defaultClientScopes(JsonNode client) {
        return strings(client.path("defaultClientScopes"));
    }

    /** The imported service-account user of a client. */
    Optional<JsonNode> serviceAccountUser(String clientId) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("serviceAccountClientId").asString().equals(clientId)) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    /** The service account as a token subject: its user name and realm roles as imported. */
    Subject serviceAccount(String clientId) {
        JsonNode user = serviceAccountUser(clientId)
                .orElseThrow(() -> new AssertionError("no service-account user for " + clientId));
        return new Subject(user.path("username").asString(), null, null, null, strings(user.path("realmRoles")));
    }

    /** The realm roles a client's tokens may carry: all with full scope, else its scope mappings. */
    List<String> roleScope(JsonNode client) {
        if (!client.path("fullScopeAllowed").isBoolean() || client.path("fullScopeAllowed").asBoolean()) {
            return realmRoles();
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode mapping : realm.path("scopeMappings")) {
            if (mapping.path("client").asString().equals(clientId(client))) {
                roles.addAll(strings(mapping.path("roles")));
            }
        }
        return roles;
    }

    /**
     * What Keycloak's mapper writes for {@code subject} through {@code client}: a String or a List of Strings. Only the
     * mapper types this realm uses are known; another one fails, so that whoever adds it teaches this method.
     */
    Object value(JsonNode client, JsonNode mapper, Subject subject) {
        JsonNode config = mapper.path("config");
        return switch (type(mapper)) {
            case "oidc-hardcoded-claim-mapper" -> config.path("claim.value").asString();
            case "oidc-audience-mapper" -> config.path("included.custom.audience").asString();
            case "oidc-usermodel-realm-role-mapper" -> {
                // Keycloak writes the user's effective realm roles that are in the client's role scope
                List<String> scope = roleScope(client);
                List<String> roles = subject.realmRoles().stream().filter(scope::contains).toList();
                yield config.path("multivalued").asString().equals("true") ? roles : String.join(",", roles);
            }
            case "oidc-usermodel-attribute-mapper" -> switch (config.path("user.attribute").asString()) {
                case "username" -> subject.username();
                case "email" -> subject.email();
                case "firstName" -> subject.firstName();
                case "lastName" -> subject.lastName();
                default -> throw new AssertionError("user attribute not modelled: " + config);
            };
            default -> throw new AssertionError("mapper type not modelled by this test: " + type(mapper));
        };
    }
}
