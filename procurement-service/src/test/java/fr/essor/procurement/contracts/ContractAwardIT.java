package fr.essor.procurement.contracts;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static fr.essor.procurement.contracts.ProcurementFixtures.award;
import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

@EssorIntegrationTest
class ContractAwardIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    Api buyer;

    @BeforeEach
    void signIn() {
        buyer = Api.at(port).as("achats");
    }

    @Test
    void aContractReservedToSiaeIsRefusedToAnEsatWithTheReasonThenAwardedToAnInsertionCompany() {
        String esat = organisation(buyer, "ESAT des Lilas", "ASSOCIATION", "ESAT", false);
        String ei = organisation(buyer, "Espaces verts solidaires 93", "ASSOCIATION", "EI", true);
        String ref = reference();
        HttpResponse<String> opened = buyer.postJson("/api/contracts",
                contract(ref, "L2113-13", "77310000-6", "[\"SOCIAL_CLAUSE\"]", 2400));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = ref + "-L1";
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(json.readTree(opened.body()).get("createdBy").asString()).isEqualTo("achats");

        HttpResponse<String> refused = buyer.postJson("/api/contracts/" + id + "/award", award(esat, "184500"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode error = json.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("holders[0].siret");
        assertThat(error.get("code").asString()).isEqualTo("reservation.holder-not-eligible");
        assertThat(error.get("message").asString()).contains("ESAT des Lilas", "L2113-13", "ESAT");
        assertThat(json.readTree(buyer.get("/api/contracts/" + id).body()).get("status").asString())
                .isEqualTo("OPEN");

        HttpResponse<String> awarded = buyer.postJson("/api/contracts/" + id + "/award", award(ei, "184500.5"));

        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
        JsonNode contract = json.readTree(awarded.body());
        assertThat(contract.get("status").asString()).isEqualTo("AWARDED");
        assertThat(contract.get("reservation").asString()).isEqualTo("L2113-13");
        assertThat(contract.get("territoryCode").asString()).isEqualTo("T6");
        assertThat(contract.get("award").get("amount").decimalValue()).isEqualByComparingTo("184500.50");
        assertThat(contract.get("award").get("awardedBy").asString()).isEqualTo("achats");
        JsonNode holder = contract.get("award").get("holders").get(0);
        assertThat(holder.get("name").asString()).isEqualTo("Espaces verts solidaires 93");
        assertThat(holder.get("ess").asBoolean()).isTrue();
        assertThat(holder.get("inclusionType").asString()).isEqualTo("EI");

        HttpResponse<String> again = buyer.postJson("/api/contracts/" + id + "/award", award(ei, "1"));
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void anUnreservedContractGoesToACompanyOutsideTheRegistryOnceNamedAndIsModifiedByAvenant() {
        String ref = reference();
        assertThat(buyer.postJson("/api/contracts", contract(ref, "NONE", "45000000-7", "[]", 0)).statusCode())
                .isEqualTo(201);
        String id = ref + "-L1";
        String outsider = Sirets.next();

        HttpResponse<String> unnamed = buyer.postJson("/api/contracts/" + id + "/award", award(outsider, "90000"));
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(unnamed.body()).contains("holders[0].name");

        HttpResponse<String> awarded = buyer.postJson("/api/contracts/" + id + "/award", """
                {"holders":[{"siret":"%s","name":"BTP Classique","amount":90000}],"notifiedOn":"2026-01-20",
                 "offersReceived":5}""".formatted(outsider));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
        assertThat(json.readTree(awarded.body()).get("award").get("holders").get(0).get("ess").asBoolean()).isFalse();

        HttpResponse<String> modified = Api.at(port).as("dter").postJson("/api/contracts/" + id
                + "/modifications", """
                {"notifiedOn":"2026-02-02","amount":99000,"reason":"Travaux supplémentaires"}""");

        assertThat(modified.statusCode()).as(modified.body()).isEqualTo(201);
        JsonNode body = json.readTree(modified.body());
        assertThat(body.get("currentAmount").decimalValue()).isEqualByComparingTo("99000");
        assertThat(body.get("modifications").get(0).get("number").asInt()).isEqualTo(1);
        assertThat(body.get("modifications").get(0).get("recordedBy").asString()).isEqualTo("dter");
        assertThat(body.get("updatedBy").asString()).isEqualTo("dter");
    }

    @Test
    void badContractsAreRefusedWithEveryReasonAndOnlyBuyersMayWrite() {
        HttpResponse<String> bad = buyer.postJson("/api/contracts",
                contract("bad ref!", "L2113-15", "7731", "[\"SOCIAL_CLAUSE\"]", 0));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("reference.format", "cpvCode.format", "insertionHoursPlanned.required");

        HttpResponse<String> facilitator = Api.at(port).as("facilitateur")
                .postJson("/api/contracts", contract(reference(), "NONE", "45000000", "[]", 0));
        assertThat(facilitator.statusCode()).isEqualTo(403);
        assertThat(buyer.get("/api/contracts/UNKNOWN-1").statusCode()).isEqualTo(404);
    }
}
