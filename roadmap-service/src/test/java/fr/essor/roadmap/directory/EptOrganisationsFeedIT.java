package fr.essor.roadmap.directory;

import fr.essor.kit.testing.Api;
import fr.essor.roadmap.directory.infrastructure.MongoDirectory;
import fr.essor.kit.testing.EptFeedReader;
import fr.essor.kit.testing.EssorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an EPT's systems read of roadmap: the organisations of their territory in the 360° directory, public fields
 * only, in the order roadmap applied their facts (a fact that arrives late is still read); each once while others
 * arrive.
 */
@EssorIntegrationTest
class EptOrganisationsFeedIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoDirectory directory;

    final UpstreamFacts upstream = new UpstreamFacts();

    EptFeedReader feed() {
        return new EptFeedReader(Api.at(port).as("ept-est-ensemble"), "/api/ept/T8/organisations", "T8");
    }

    /** Delivers the fact and waits until the directory applied it. */
    String applied(UpstreamFacts.Fact fact) {
        long before = directory.appliedFacts(fact.organisationId());
        upstream.deliver(fact);
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.appliedFacts(fact.organisationId()) > before);
        return fact.organisationId();
    }

    @Test
    void anEptReadsTheOrganisationsOfItsTerritoryWithPublicFieldsEvenFromAFactThatArrivedLate() {
        EptFeedReader feed = feed();
        feed.readOnSettled();
        String montreuil = applied(upstream.registered("procurement", UpstreamFacts.nextSiret(), "93048",
                "Montreuil", "T8"));
        String saintDenis = applied(upstream.registered("funding", UpstreamFacts.nextSiret(), "93066",
                "Saint-Denis", "T6"));
        assertThat(ids(feed.readOnSettled())).contains(montreuil).doesNotContain(saintDenis);

        String late = applied(upstream.registeredAt("foncier", UpstreamFacts.nextSiret(), "93010", "Bondy", "T8",
                Instant.now().minus(Duration.ofHours(2))));
        List<JsonNode> read = feed.readOnSettled();

        assertThat(ids(read)).containsExactly(late);
        JsonNode entry = read.getFirst();
        assertThat(entry.get("communeName").asString()).isEqualTo("Bondy");
        assertThat(entry.get("knownBy").get(0).get("service").asString()).isEqualTo("foncier");
        assertThat(entry.get("knownBy").get(0).has("lastChangeBy")).isFalse();
        assertThat(read.toString()).doesNotContain("recordedBy");
    }

    @Test
    void organisationsAppliedWhileAnEptPagesThroughTheFeedAreEachReadExactlyOnce() {
        feed().assertEachFactReadOnceWhileWriting(12, i -> {
            boolean estEnsemble = i % 3 != 0;
            String siret = UpstreamFacts.nextSiret();
            return new EptFeedReader.Written(applied(estEnsemble
                    ? upstream.registered("procurement", siret, "93048", "Montreuil", "T8")
                    : upstream.registered("procurement", siret, "93066", "Saint-Denis", "T6")), estEnsemble);
        }, item -> item.get("organisationId").asString());
    }

    @Test
    void onlyTheEptOfTheTerritoryReadsItsFeed() {
        assertThat(Api.at(port).as("sens").get("/api/ept/T8/organisations").statusCode()).isEqualTo(403);
        assertThat(Api.at(port).as("admin").get("/api/ept/T8/organisations").statusCode()).isEqualTo(403);
        HttpResponse<String> other = Api.at(port).as("ept-est-ensemble").get("/api/ept/T7/organisations");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.at(port).get("/api/ept/T8/organisations").statusCode()).isEqualTo(401);
        assertThat(Api.at(port).as("ept-est-ensemble").postJson("/api/indicators/rebuild", "{}").statusCode())
                .isEqualTo(403);
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("organisationId").asString()).toList();
    }
}
