package fr.essor.procurement.suppliers;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.procurement.suppliers.infrastructure.MongoReportedFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A supplier's page and API show the grants funding and the premises foncier report of it (facts built from the
 * contract examples, sent to the real broker), once each even when a fact is delivered twice.
 */
@EssorIntegrationTest
class SupplierReportedFactsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoReportedFacts reported;

    final UpstreamFacts facts = new UpstreamFacts();

    @Test
    void grantsAndPremisesReportedByFundingAndFoncierShowOnceOnTheSupplierEvenWhenDeliveredTwice() {
        Api buyer = Api.at(port).as("achats");
        String siret = organisation(buyer, "Recyclerie des Lilas", "ASSOCIATION", "ACI", false);
        assertThat(buyer.putJson("/api/suppliers/" + siret, SupplierDirectoryIT.profile("[\"90\"]", "[\"T8\"]",
                60000)).statusCode()).isEqualTo(200);
        String application = UpstreamFacts.unique("AAA-2026");
        UpstreamFacts.Fact grant = facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", application);
            p.put("organisationId", siret);
            p.put("callYear", 2026);
            p.put("amount", new BigDecimal("12345.67"));
        });
        String lease = UpstreamFacts.unique("BAIL");
        UpstreamFacts.Fact signed = facts.of("lease-signed.v1", p -> {
            p.put("leaseId", lease);
            p.put("organisationId", siret);
        });

        facts.deliver(grant);
        facts.deliver(signed);
        facts.deliver(grant);
        facts.deliver(signed);
        String marker = UpstreamFacts.unique("AAA-2025");
        facts.deliver(facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", marker);
            p.put("organisationId", siret);
            p.put("callYear", 2025);
        }));

        AtomicReference<JsonNode> view = new AtomicReference<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<String> read = buyer.get("/api/suppliers/" + siret);
            assertThat(read.statusCode()).isEqualTo(200);
            JsonNode v = json.readTree(read.body());
            assertThat(v.get("grants")).hasSize(2);
            assertThat(v.get("premises")).hasSize(1);
            assertThat(reported.appliedFacts("grant:" + application)).isEqualTo(1);
            assertThat(reported.appliedFacts("lease:" + lease)).isEqualTo(1);
            view.set(v);
        });
        JsonNode v = view.get();
        assertThat(v.get("grants").get(0).get("applicationId").asString()).isEqualTo(application);
        assertThat(v.get("grants").get(0).get("year").asInt()).isEqualTo(2026);
        assertThat(v.get("grants").get(0).get("amount").decimalValue()).isEqualByComparingTo("12345.67");
        assertThat(v.get("grants").get(1).get("applicationId").asString()).isEqualTo(marker);
        JsonNode premises = v.get("premises").get(0);
        assertThat(premises.get("surface").decimalValue()).isEqualByComparingTo("180");
        assertThat(premises.get("communeInsee").asString()).isEqualTo("93048");
        assertThat(premises.get("communeName").asString()).isEqualTo("Montreuil");

        HttpResponse<String> page = buyer.page("/fournisseurs/" + siret);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Subventions du Département", "2026", "12\u202f345,67 €", "Locaux",
                "180 m²", "Montreuil (Est Ensemble)", "du 01/03/2026 au 28/02/2035");
        assertThat(page.body().split("12\u202f345,67 €", -1)).hasSize(2);
    }
}
