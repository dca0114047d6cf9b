package fr.essor.e2e;

import fr.essor.platform.EssorService;
import fr.essor.platform.KafkaBroker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The broker goes away: registering still works (the outbox keeps the event in MongoDB), the roadmap simply does not
 * know yet; once the broker is back on the same ports and data, the fact arrives, and is applied once.
 */
@EndToEnd
class BrokerOutageIT {

    private static final String CONSUMED = "essor_events_consumed_total";
    private static final String FONCIER_REGISTERED = "type=\"fr.essor.foncier.organisation-registered.v1\"";
    private static final String APPLIED = "outcome=\"applied\"";

    private final EssorPlatform platform;
    private final PlatformApi api;

    BrokerOutageIT(EssorPlatform platform) {
        this.platform = platform;
        this.api = new PlatformApi(platform);
    }

    @Test
    void anOrganisationRegisteredWhileTheBrokerIsDownReachesTheRoadmapOnceTheBrokerIsBackAndIsAppliedExactlyOnce() {
        // Bondy (93010) belongs to EPT T8 Est Ensemble
        NewOrganisation organisation = NewOrganisation.association("Recyclerie du canal", "93010");
        double appliedBefore = api.counter(EssorService.ROADMAP, CONSUMED, FONCIER_REGISTERED, APPLIED).orElse(0);
        KafkaBroker broker = platform.broker();

        broker.stop();
        try {
            PlatformApi.Response registered = api.register(EssorService.FONCIER, "pole", organisation);
            assertThat(registered.status()).as("foncier with the broker down: %s", registered).isEqualTo(201);

            await("the roadmap cannot know it while the broker is down")
                    .during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                    .until(() -> api.directoryEntry(organisation.siret()).isEmpty());
        } finally {
            broker.start();
        }

        JsonNode entry = await("the roadmap learns it after the broker restarted").atMost(Duration.ofSeconds(60))
                .until(() -> api.directoryEntry(organisation.siret()).orElse(null), found -> found != null);
        assertThat(entry.path("name").asString()).isEqualTo(organisation.name());
        assertThat(entry.path("territory").path("code").asString()).isEqualTo("T8");
        assertThat(OrganisationFlowIT.roles(entry)).containsExactly(tuple("foncier", "premises-seeker"));
        assertThat(entry.path("knownBy").get(0).path("version").asLong()).as("first and only fact from foncier")
                .isEqualTo(1);

        // a redelivery after the outage may reach the consumer again; its effect must not be applied twice
        await("the roadmap applied the foncier fact").atMost(Duration.ofSeconds(10)).until(() ->
                api.counter(EssorService.ROADMAP, CONSUMED, FONCIER_REGISTERED, APPLIED).orElse(0) > appliedBefore);
        await("nothing applied twice").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                api.counter(EssorService.ROADMAP, CONSUMED, FONCIER_REGISTERED, APPLIED).orElse(0)
                        == appliedBefore + 1);
        assertThat(api.directoryEntry(organisation.siret()).orElseThrow().path("knownBy").size()).isEqualTo(1);
    }
}
