package fr.essor.identity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provider on a random port, for every integration test (one shared context): the issuer is the default one,
 * and the four services' base URLs point to {@link ServicesStandIn}, which receives the back-channel logouts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ProviderTest {

    static final String ISSUER = "http://localhost:9000";
    static final ServicesStandIn SERVICES = ServicesStandIn.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servicesAreTheStandIn(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"roadmap", "funding", "procurement", "foncier"}) {
            registry.add("essor.idp.services." + service, () -> SERVICES.baseUrl(service));
        }
    }

    ProviderClient newClient() {
        return new ProviderClient(port);
    }
}
