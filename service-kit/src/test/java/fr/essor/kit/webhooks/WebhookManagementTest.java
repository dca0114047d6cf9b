package fr.essor.kit.webhooks;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The subscription's URL rules, refused before anything is stored (no store is given here). */
class WebhookManagementTest {

    private static final String TYPE = "fr.essor.foncier.lease-signed.v1";
    private static final Actor EPT_T8 = new Actor("ept-est-ensemble", Set.of(Role.EPT), "T8");

    private static WebhookManagement management(boolean local) {
        WebhookCatalogue catalogue = WebhookCatalogue.of(new DeliverableEvent(TYPE, "essor.foncier.premises",
                "Un bail signé", (payload, communes) -> Set.of(), List.of("leaseId")));
        return new WebhookManagement(catalogue, null, null, Set.of("T8"), Clock.systemUTC(), local,
                Duration.ofHours(24), () -> { });
    }

    @Test
    void outsideTheLocalProfileAReceiverOnTheInternalNetworkIsRefusedWithItsCode() {
        for (String url : List.of("https://127.0.0.1/hook", "https://10.0.0.8/hook", "https://169.254.169.254/x",
                "https://[fd00::1]/hook")) {
            InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, () -> management(false)
                    .create(EPT_T8, "T8", new WebhookManagement.Request(url, List.of(TYPE), null)));

            assertThat(refused).as(url).isNotNull();
            assertThat(refused.violations()).extracting(Violation::code).containsExactly("url.private");
        }
    }
}
