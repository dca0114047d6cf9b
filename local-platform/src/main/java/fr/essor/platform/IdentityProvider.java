package fr.essor.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The local OpenID provider ({@code identity-provider} module) as the launcher and the end-to-end tests run it: a
 * child JVM started before the services, which sign people in with it. Its arguments and the services' arguments
 * for it follow the OIDC contract (client {@code essor-<service>}, secret = client id).
 */
public final class IdentityProvider {

    /** The Maven module and jar name. */
    public static final String MODULE = "identity-provider";
    public static final int DEFAULT_PORT = 9000;

    private IdentityProvider() {
    }

    /** {@code <home>/identity-provider/target/identity-provider.jar}. */
    public static Path jarIn(Path home) {
        return home.resolve(MODULE).resolve("target").resolve(MODULE + ".jar");
    }

    /** The issuer of a provider listening on localhost:{@code port}, e.g. {@code http://localhost:9000}. */
    public static String issuer(int port) {
        return "http://localhost:" + port;
    }

    /** The provider's arguments: its port, its issuer and the base URL of each service (for its client's URIs). */
    public static List<String> args(int port, Function<EssorService, String> serviceUrl) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--essor.idp.issuer=" + issuer(port)));
        for (EssorService service : EssorService.values()) {
            args.add("--essor.idp.services." + service.shortName() + "=" + serviceUrl.apply(service));
        }
        return args;
    }

    /** What a service needs to sign people in with the provider at {@code issuer}. */
    public static List<String> serviceArgs(EssorService service, String issuer) {
        return List.of(
                "--essor.security.oidc.issuer-uri=" + issuer,
                "--essor.security.oidc.client-id=" + service.clientId(),
                "--essor.security.oidc.client-secret=" + service.clientId());
    }
}
