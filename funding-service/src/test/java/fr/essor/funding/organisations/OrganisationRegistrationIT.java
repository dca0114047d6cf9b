package fr.essor.funding.organisations;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.outbox.EventLog;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EssorIntegrationTest
class OrganisationRegistrationIT {

    static final String TOPIC = "essor.funding.organisations";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    EventLog eventLog;

    Api api;
    final TopicProbe topic = TopicProbe.ofTestInfrastructure();
    final EventContracts contracts = EventContracts.load();

    @BeforeEach
    void signIn() {
        api = Api.at(port).as("instructeur");
    }

    @Test
    void registeringAnOrganisationAnswers201AndPublishesAContractConformingCloudEvent() {
        String siret = Sirets.next();
        HttpResponse<String> created = api.postJson("/api/organisations", Bodies.organisation(siret, "93066"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/organisations/" + siret));
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("territoryCode").asString()).isEqualTo("T6");
        assertThat(body.get("territoryName").asString()).isEqualTo("Plaine Commune");
        assertThat(body.get("registeredBy").asString()).isEqualTo("instructeur");

        TopicProbe.Received record = awaitRecords(siret, 1).getFirst();
        assertThat(record.header("ce_type")).isEqualTo("fr.essor.funding.organisation-registered.v1");
        assertThat(record.header("ce_source")).isEqualTo("/essor/funding");
        assertThat(record.header("ce_subject")).isEqualTo(siret);
        assertThat(record.header("ce_specversion")).isEqualTo("1.0");
        assertThat(record.header("content-type")).isEqualTo("application/json");
        assertThat(record.header("ce_time")).isNotBlank();
        assertThat(contracts.violations(record.header("ce_type"), record.value())).isEmpty();
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("eventId").asString()).isEqualTo(record.header("ce_id"));
        assertThat(payload.get("registeredAs").asString()).isEqualTo("applicant");
        assertThat(payload.get("recordedBy").asString()).isEqualTo("instructeur");
        await().atMost(Duration.ofSeconds(10)).until(() -> eventLog.contains(record.header("ce_id")));
        assertThat(Api.at(port).get("/actuator/prometheus", "text/plain").body()).containsPattern(
                "essor_events_published_total\\{[^}]*type=\"fr.essor.funding.organisation-registered.v1\"[^}]*} [1-9]");
    }

    @Test
    void changingAnOrganisationPublishesAnUpdateWithTheNextVersionAndAnUnchangedOneNothing() {
        String siret = Sirets.next();
        assertThat(api.postJson("/api/organisations", Bodies.organisation(siret, "93048")).statusCode()).isEqualTo(201);

        HttpResponse<String> changed = api.putJson("/api/organisations/" + siret,
                Bodies.organisation(siret, "93010").replace("\"esus\":false", "\"esus\":true"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("communeName").asString()).isEqualTo("Bondy");

        List<TopicProbe.Received> records = awaitRecords(siret, 2);
        TopicProbe.Received update = records.get(1);
        assertThat(update.header("ce_type")).isEqualTo("fr.essor.funding.organisation-updated.v1");
        assertThat(contracts.violations(update.header("ce_type"), update.value())).isEmpty();
        assertThat(json.readTree(update.value()).get("version").asLong()).isEqualTo(2);

        assertThat(api.putJson("/api/organisations/" + siret, Bodies.organisation(siret, "93010")
                .replace("\"esus\":false", "\"esus\":true")).statusCode()).isEqualTo(200);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> recordsFor(siret).size() == 2);
    }

    @Test
    void anAssociationWithoutSiretRegistersUnderItsRna() {
        String rna = "W93" + String.format("%07d", System.nanoTime() % 10_000_000);
        HttpResponse<String> created = api.postJson("/api/organisations", """
                {"rna":"%s","name":"Les Jardins partagés","legalForm":"ASSOCIATION","esus":false,
                 "communeInsee":"93059"}""".formatted(rna));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("id").asString()).isEqualTo(rna);
        assertThat(body.get("communeInsee").asString())
                .as("Pierrefitte-sur-Seine merged into Saint-Denis").isEqualTo("93066");
        assertThat(api.get("/api/organisations/" + rna).statusCode()).isEqualTo(200);
    }

    @Test
    void registeringTheSameOrganisationTwiceIsAConflict() {
        String siret = Sirets.next();
        assertThat(api.postJson("/api/organisations", Bodies.organisation(siret, "93001")).statusCode()).isEqualTo(201);
        HttpResponse<String> again = api.postJson("/api/organisations", Bodies.organisation(siret, "93001"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theApiNeedsAuthenticationAndAnswersProblemJson() {
        HttpResponse<String> anonymous = Api.at(port).get("/api/organisations");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anEptAccountNeitherRegistersNorRenamesAnOrganisationAndNorDoAgentsWithoutBusinessHere() {
        String siret = Sirets.next();
        assertThat(api.postJson("/api/organisations", Bodies.organisation(siret, "93066")).statusCode()).isEqualTo(201);

        HttpResponse<String> renamed = Api.at(port).as("ept-est-ensemble").putJson("/api/organisations/" + siret,
                Bodies.organisation(siret, "93066").replace("Coopérative", "Renommée par un EPT"));
        assertThat(renamed.statusCode()).isEqualTo(403);
        assertThat(renamed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(renamed.body()).get("detail").asString()).contains("Rôles autorisés : DIEESS");
        for (String outsider : List.of("ept-est-ensemble", "facilitateur", "pole", "achats", "dpas", "ops")) {
            assertThat(Api.at(port).as(outsider).postJson("/api/organisations",
                    Bodies.organisation(Sirets.next(), "93066")).statusCode()).as(outsider).isEqualTo(403);
        }

        assertThat(json.readTree(api.get("/api/organisations/" + siret).body()).get("name").asString())
                .isEqualTo("Coopérative " + siret);
        assertThat(awaitRecords(siret, 1)).as("registered, never updated").hasSize(1);
    }

    private List<TopicProbe.Received> awaitRecords(String key, int count) {
        return topic.awaitKeyed(TOPIC, key, count);
    }

    private List<TopicProbe.Received> recordsFor(String key) {
        return topic.readAll(TOPIC).stream().filter(r -> key.equals(r.key())).toList();
    }
}
