package fr.essor.procurement.suppliers;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One registration serves every service (ADR-0021), seen from procurement on the real broker: a structure registered
 * in funding is selectable here within seconds without being registered again, a change made in foncier reaches it,
 * and a change made here continues the shared version and is published for the others.
 */
@EssorIntegrationTest
class OrganisationsRegisteredElsewhereIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    final UpstreamFacts facts = new UpstreamFacts();

    @Test
    void aStructureRegisteredInFundingIsSelectableHereAndAChangeMadeAnywhereReachesIt() {
        Api buyer = Api.at(port).as("achats");
        String siret = Sirets.next();
        String name = UpstreamFacts.unique("Jardins de la Plaine");
        UpstreamFacts.Fact registered = facts.of("organisation-registered.v1", p -> {
            p.put("organisationId", siret);
            p.put("siret", siret);
            p.put("name", name);
        });
        facts.deliver(registered);

        JsonNode copy = await("funding's registration reaches procurement").atMost(PATIENCE)
                .until(() -> read(buyer, siret), found -> found != null);
        assertThat(copy.get("name").asString()).isEqualTo(name);
        assertThat(copy.get("version").asLong()).isEqualTo(1);
        assertThat(copy.get("territoryName").asString()).isEqualTo("Plaine Commune");
        assertThat(copy.get("registeredBy").asString()).isEqualTo("cmartin");
        assertThat(buyer.page("/fournisseurs/nouveau").body()).as("selectable on the supplier form")
                .contains("value=\"" + siret + "\"", name);
        HttpResponse<String> again = buyer.postJson("/api/organisations", """
                {"siret":"%s","name":"Doublon","legalForm":"SCIC","esus":true,"communeInsee":"93066"}"""
                .formatted(siret));
        assertThat(again.statusCode()).as("registered once: %s", again.body()).isEqualTo(409);

        // foncier changes it (version 2), and funding's registration is delivered again: the change stays
        String renamed = name + " (Montreuil)";
        facts.deliver(facts.of("organisation-updated.v1", p -> {
            p.put("organisationId", siret);
            p.put("siret", siret);
            p.put("rna", (String) null);
            p.put("version", 2);
            p.put("name", renamed);
            p.put("occurredAt", Instant.now().plusSeconds(1).toString());
        }));
        facts.deliver(registered);
        await("foncier's change reaches procurement").atMost(PATIENCE)
                .until(() -> read(buyer, siret).get("name").asString(), renamed::equals);
        JsonNode changed = read(buyer, siret);
        assertThat(changed.get("version").asLong()).isEqualTo(2);
        assertThat(changed.get("communeName").asString()).isEqualTo("Montreuil");
        assertThat(changed.get("updatedBy").asString()).isEqualTo("adiallo");
        assertThat(changed.get("registeredBy").asString()).isEqualTo("cmartin");

        // a change made here continues the shared version and is published for funding and foncier
        HttpResponse<String> put = buyer.putJson("/api/organisations/" + siret, """
                {"siret":"%s","name":"%s","legalForm":"SCIC","esus":true,"inclusionType":"ACI","communeInsee":"93048"}"""
                .formatted(siret, renamed));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        TopicProbe.Received published = TopicProbe.ofTestInfrastructure()
                .awaitKeyed("essor.procurement.organisations", siret, 1).getFirst();
        assertThat(published.header("ce_type")).isEqualTo("fr.essor.procurement.organisation-updated.v1");
        JsonNode fact = json.readTree(published.value());
        assertThat(fact.get("version").asLong()).isEqualTo(3);
        assertThat(fact.get("registeredAs").asString()).isEqualTo("supplier");
        assertThat(fact.get("recordedBy").asString()).isEqualTo("achats");
    }

    private JsonNode read(Api api, String siret) {
        HttpResponse<String> response = api.get("/api/organisations/" + siret);
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }
}
