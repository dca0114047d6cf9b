package fr.essor.ops;

import fr.essor.kit.security.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenID Connect contract the kit, the embedded identity provider and the Keycloak realm share (issue 9): client
 * ids, the paths of the Spring registration {@code essor}, the claims. The realm and the compose file are checked
 * against these values; the kit's tests check the services against the same ones.
 */
final class OidcContract {

    /** Spring's client registration id in every service. */
    static final String REGISTRATION_ID = "essor";
    /** Every access token used on {@code /api/**} has it in {@code aud}. */
    static final String AUDIENCE = "essor";

    static final String REDIRECT_PATH = "/login/oauth2/code/" + REGISTRATION_ID;
    static final String POST_LOGOUT_PATH = "/login?logout";
    static final String BACK_CHANNEL_LOGOUT_PATH = "/logout/connect/back-channel/" + REGISTRATION_ID;

    /** Claims the services read (access token and ID token). */
    static final String PREFERRED_USERNAME = "preferred_username";
    static final String ROLES = "roles";
    static final String TERRITORY = "territory";

    /** One service with a UI: its compose name, its client id and its base URL in compose. */
    record UiService(String shortName, int port) {

        String service() {
            return shortName + "-service";
        }

        String clientId() {
            return "essor-" + shortName;
        }

        String baseUrl() {
            return "http://localhost:" + port;
        }
    }

    static final List<UiService> UI_SERVICES = List.of(new UiService("roadmap", 8081), new UiService("funding", 8082),
            new UiService("procurement", 8083), new UiService("foncier", 8084));

    /** The EPT systems' client-credentials clients, client id → territory code. */
    static final Map<String, String> EPT_CLIENTS = new LinkedHashMap<>();

    static {
        EPT_CLIENTS.put("ept-plaine-commune", "T6");
        EPT_CLIENTS.put("ept-terres-envol", "T7");
        EPT_CLIENTS.put("ept-est-ensemble", "T8");
        EPT_CLIENTS.put("ept-grand-est", "T9");
    }

    /** The administration scripts' client-credentials client and its role. */
    static final String CLI_CLIENT = "essor-cli";
    static final Role CLI_ROLE = Role.ADMIN;

    /** The compose issuer: Keycloak's realm {@code essor} at the host name both browsers and containers resolve. */
    static final String COMPOSE_ISSUER = "http://keycloak.localhost:8180/realms/essor";

    private OidcContract() {
    }

    /** The environment variable holding a client's secret, e.g. {@code EPT_EST_ENSEMBLE_CLIENT_SECRET}. */
    static String secretVariable(String clientId) {
        return clientId.toUpperCase().replace('-', '_') + "_CLIENT_SECRET";
    }
}
