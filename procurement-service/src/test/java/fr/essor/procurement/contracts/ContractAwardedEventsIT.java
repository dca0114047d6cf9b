package fr.essor.procurement.contracts;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An award leaves the service as {@code contract-awarded.v1} facts on the real broker, one per holder. */
@EssorIntegrationTest
class ContractAwardedEventsIT {

    static final EventContracts CONTRACTS = EventContracts.load();
    static final String TOPIC = "essor.procurement.contracts";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api buyer;

    @BeforeEach
    void signIn() {
        buyer = Api.at(port).as("achats");
    }

    @Test
    void aJointAwardOfAReservedContractPublishesOneContractValidFactPerHolderKeyedByTheContract() {
        String ei = organisation(buyer, "Jardins d'insertion du canal", "ASSOCIATION", "EI", true);
        String aci = organisation(buyer, "Chantier d'insertion Bondy", "ASSOCIATION", "ACI", false);
        String ref = reference();
        assertThat(buyer.postJson("/api/contracts", contract(ref, "L2113-13", "77310000-6", "[\"SOCIAL_CLAUSE\"]",
                1000)).statusCode()).isEqualTo(201);
        String id = ref + "-L1";

        HttpResponse<String> awarded = buyer.postJson("/api/contracts/" + id + "/award", """
                {"holders":[{"siret":"%s","amount":120000},{"siret":"%s","amount":60000.5}],
                 "notifiedOn":"2026-01-15","offersReceived":2,"grouping":"JOINT"}""".formatted(ei, aci));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);

        List<TopicProbe.Received> records = await("both facts on the topic").atMost(Duration.ofSeconds(20))
                .until(() -> TopicProbe.ofTestInfrastructure().readAll(TOPIC).stream()
                        .filter(r -> id.equals(r.key())).toList(), found -> found.size() == 2);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.header("ce_type")).isEqualTo("fr.essor.procurement.contract-awarded.v1");
            assertThat(record.header("ce_source")).isEqualTo("/essor/procurement");
            assertThat(record.header("ce_subject")).isEqualTo(id);
            assertThat(CONTRACTS.violations(record.header("ce_type"), record.value())).isEmpty();
            assertThat(json.readTree(record.value()).get("eventId").asString()).isEqualTo(record.header("ce_id"));
        });
        List<JsonNode> payloads = records.stream().map(r -> json.readTree(r.value())).toList();
        assertThat(payloads).extracting(p -> p.get("holderOrganisationId").asString()).containsExactly(ei, aci);
        assertThat(payloads).extracting(p -> p.get("eventId").asString()).doesNotHaveDuplicates();
        assertThat(payloads.get(0).get("amount").decimalValue()).isEqualByComparingTo("120000");
        assertThat(payloads.get(1).get("amount").decimalValue()).isEqualByComparingTo("60000.50");
        assertThat(payloads.stream().map(p -> p.get("insertionHoursPlanned").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000");
        JsonNode first = payloads.getFirst();
        assertThat(first.get("reservation").asString()).isEqualTo("L2113-13");
        assertThat(first.get("territoryCode").asString()).isEqualTo("T6");
        assertThat(first.get("year").asInt()).isEqualTo(2026);
        assertThat(first.get("holderEss").asBoolean()).isTrue();
        assertThat(first.get("socialClause").asBoolean()).isTrue();
        assertThat(first.get("holderCount").asInt()).isEqualTo(2);
        assertThat(first.get("contractAmount").decimalValue()).isEqualByComparingTo("180000.50");
        assertThat(first.get("recordedBy").asString()).isEqualTo("achats");
    }

    @Test
    void aRefusedAwardPublishesNothing() {
        String esat = organisation(buyer, "ESAT du canal", "ASSOCIATION", "ESAT", false);
        String ref = reference();
        buyer.postJson("/api/contracts", contract(ref, "L2113-13", "77310000-6", "[]", 0));
        String id = ref + "-L1";

        HttpResponse<String> refused = buyer.postJson("/api/contracts/" + id + "/award",
                ProcurementFixtures.award(esat, "5000"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TopicProbe.ofTestInfrastructure().readAll(TOPIC)).noneMatch(r -> id.equals(r.key()));
    }
}
