package fr.essor.roadmap.directory;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.TopicProbe;
import fr.essor.roadmap.directory.infrastructure.MongoDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The roadmap's directory builds itself from the organisation facts of the other services, each applied once. */
@EssorIntegrationTest
class OrganisationDirectoryIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoDirectory directory;
    @Autowired
    MeterRegistry meters;

    final UpstreamFacts upstream = new UpstreamFacts();
    Api api;

    @BeforeEach
    void signIn() {
        api = Api.at(port).as("sens");
    }

    @Test
    void anOrganisationRegisteredInFundingAppearsWithItsTerritoryAsAnApplicant() {
        String siret = UpstreamFacts.nextSiret();
        upstream.deliver(upstream.registered("funding", siret, "93048", "Montreuil", "T8"));

        JsonNode entry = awaitEntry(siret);
        assertThat(entry.get("territory").get("code").asString()).isEqualTo("T8");
        assertThat(entry.get("commune").get("name").asString()).isEqualTo("Montreuil");
        assertThat(entry.get("knownBy")).hasSize(1);
        assertThat(entry.get("knownBy").get(0).get("service").asString()).isEqualTo("funding");
        assertThat(entry.get("knownBy").get(0).get("role").asString()).isEqualTo("applicant");
    }

    @Test
    void anEntryIsFoundByItsIdItsSiretOrItsRnaNumber() {
        String id = "ORG-" + UUID.randomUUID();
        String siret = UpstreamFacts.nextSiret();
        String rna = "W93" + siret.substring(siret.length() - 7);
        directory.record("funding", fr.essor.roadmap.directory.domain.Relationship.APPLICANT,
                new fr.essor.roadmap.directory.application.OrganisationFact(id, 1, siret, rna, "Les Jardins", "5.2",
                        false, null, "93010", "Bondy", "T8", "Grand Paris Grand Est", "applicant",
                        Instant.now().toString(), "funding"));

        assertThat(directory.findByIdentifier(id)).get().extracting(e -> e.siret()).isEqualTo(siret);
        assertThat(directory.findByIdentifier(siret)).get().extracting(e -> e.organisationId()).isEqualTo(id);
        assertThat(directory.findByIdentifier(rna)).get().extracting(e -> e.organisationId()).isEqualTo(id);
        assertThat(directory.findByIdentifier("W930000000")).isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String siret = UpstreamFacts.nextSiret();
        UpstreamFacts.Fact fact = upstream.registered("procurement", siret, "93066", "Saint-Denis", "T6");
        double duplicatesBefore = consumed("duplicate");

        upstream.deliver(fact);
        upstream.deliver(fact);

        awaitEntry(siret);
        await().atMost(Duration.ofSeconds(20)).until(() -> consumed("duplicate") >= duplicatesBefore + 1);
        assertThat(directory.appliedFacts(siret)).isEqualTo(1);
    }

    @Test
    void anOlderVersionReplayedAfterANewerOneChangesNothing() {
        String siret = UpstreamFacts.nextSiret();
        UpstreamFacts.Fact registered = upstream.registered("funding", siret, "93066", "Saint-Denis", "T6");
        upstream.deliver(registered);
        upstream.deliver(upstream.updated("funding", siret, 2, "Nouveau nom"));
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.appliedFacts(siret) == 2);

        upstream.deliver(registered);
        UpstreamFacts.Fact marker = upstream.registered("funding", UpstreamFacts.nextSiret(), "93066", "Saint-Denis",
                "T6");
        upstream.deliver(marker);
        awaitEntry(marker.organisationId());

        assertThat(directory.appliedFacts(siret)).isEqualTo(2);
        assertThat(awaitEntry(siret).get("name").asString()).isEqualTo("Nouveau nom");
    }

    @Test
    void aChangeMadeInAnotherServiceIsKeptWhenTheRegistrationIsReadAfterIt() {
        // one version across the services (ADR-0021): funding registered it (v1), procurement changed it (v2), and
        // procurement's topic happens to be read first
        String siret = UpstreamFacts.nextSiret();
        UpstreamFacts.Fact registered = upstream.registered("funding", siret, "93066", "Saint-Denis", "T6");
        upstream.deliver(upstream.updated("procurement", siret, 2, "Nom changé aux achats"));
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.appliedFacts(siret) == 1);
        upstream.deliver(registered);
        await().atMost(Duration.ofSeconds(20)).until(() -> directory.appliedFacts(siret) == 2);

        JsonNode entry = awaitEntry(siret);
        assertThat(entry.get("name").asString()).isEqualTo("Nom changé aux achats");
        assertThat(entry.get("knownBy")).extracting(k -> k.get("role").asString())
                .containsExactlyInAnyOrder("applicant", "supplier");
    }

    @Test
    void theServicesThatKnowAnOrganisationAreAllListedWithTheirRoles() {
        String siret = UpstreamFacts.nextSiret();
        upstream.deliver(upstream.registered("funding", siret, "93010", "Bondy", "T8"));
        upstream.deliver(upstream.registered("foncier", siret, "93010", "Bondy", "T8"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(awaitEntry(siret).get("knownBy")).extracting(k -> k.get("role").asString())
                        .containsExactlyInAnyOrder("applicant", "premises-seeker"));
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheRecordsBehindItAreStillConsumed() {
        String poisonKey = UpstreamFacts.nextSiret();
        TopicProbe broker = TopicProbe.ofTestInfrastructure();
        broker.send(UpstreamFacts.topic("foncier"), poisonKey, "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_source", "/essor/foncier",
                        "ce_type", "fr.essor.foncier.organisation-registered.v1", "ce_subject", poisonKey,
                        "ce_time", Instant.now().toString(), "ce_specversion", "1.0",
                        "content-type", "application/json"));
        String siret = UpstreamFacts.nextSiret();
        upstream.deliver(upstream.registered("foncier", siret, "93005", "Aulnay-sous-Bois", "T7"));

        assertThat(awaitEntry(siret).get("territory").get("code").asString()).isEqualTo("T7");
        await().atMost(Duration.ofSeconds(30)).until(() -> broker
                .readAll("essor.foncier.organisations.roadmap-directory.dlt").stream()
                .anyMatch(r -> poisonKey.equals(r.key())));
        assertThat(api.get("/api/organisations/" + poisonKey).statusCode()).isEqualTo(404);
        assertThat(Search.in(meters).name("essor.events.dead.letters").tag("group", "roadmap-directory").counters())
                .anySatisfy(counter -> assertThat(counter.count()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void theDirectoryCanBeFilteredByTerritoryCommuneLegalFormAndEsus() {
        String siret = UpstreamFacts.nextSiret();
        upstream.deliver(upstream.registered("funding", siret, "93014", "Clichy-sous-Bois", "T9"));
        awaitEntry(siret);

        assertThat(ids(api.get("/api/organisations?territory=T9&commune=93014&legalForm=SCIC&esus=true")))
                .contains(siret);
        assertThat(ids(api.get("/api/organisations?territory=T6"))).doesNotContain(siret);
        assertThat(ids(api.get("/api/organisations?esus=false"))).doesNotContain(siret);
    }

    @Test
    void anUnknownOrganisationIsAProblemNotFound() {
        HttpResponse<String> response = api.get("/api/organisations/W000000000");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    private JsonNode awaitEntry(String siret) {
        HttpResponse<String> found = await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/organisations/" + siret), response -> response.statusCode() == 200);
        return json.readTree(found.body());
    }

    private java.util.List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        json.readTree(response.body()).forEach(entry -> ids.add(entry.get("organisationId").asString()));
        return ids;
    }

    private double consumed(String outcome) {
        return Search.in(meters).name("essor.events.consumed").tag("outcome", outcome).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
