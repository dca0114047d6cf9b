package fr.essor.procurement.plan;

import fr.essor.kit.testing.RefusedSubmission;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.SignedInBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static org.assertj.core.api.Assertions.assertThat;

/** The purchase plan on the real store: recommendations follow the directory, API refusals, pages and their form. */
@EssorIntegrationTest
class PurchasePlanIT {

    static final LocalDate NEXT_YEAR = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(4);

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api buyer;

    @BeforeEach
    void signIn() {
        buyer = Api.at(port).as("achats");
    }

    String planned(String directorate, String object, String cpv, String amount, String territory) {
        HttpResponse<String> created = buyer.postJson("/api/purchase-plan", """
                {"buyerDirectorate":"%s","object":"%s","cpvCode":"%s","estimatedAmount":%s,"expectedOn":"%s",
                 "territoryCode":%s}""".formatted(directorate, object, cpv, amount, NEXT_YEAR,
                territory == null ? "null" : "\"" + territory + "\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        return json.readTree(created.body()).get("id").asString();
    }

    /** Registers an SIAE and describes it as a supplier of division 50 in T9 able to take the given amount. */
    void siaeInRepairsOnT9(String name, int capacity) {
        String siret = organisation(buyer, name, "ASSOCIATION", "ACI", true);
        HttpResponse<String> described = buyer.putJson("/api/suppliers/" + siret, """
                {"sectors":["50"],"territories":["T9"],"workforce":12,"maxContractAmount":%d}"""
                .formatted(capacity));
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
    }

    JsonNode read(String id) {
        HttpResponse<String> response = buyer.get("/api/purchase-plan/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void theRecommendationOfAPlannedPurchaseFollowsTheSuppliersOfItsDivisionAndTerritory() {
        // division 50 in T9 is used by no other test: the directory starts empty there
        String id = planned("DBL", "Maintenance des ascenseurs des collèges", "50750000-7", "150000", "T9");

        JsonNode alone = read(id);
        assertThat(alone.get("inclusivePotential").get("matchingSuppliers").asInt()).isZero();
        assertThat(alone.get("recommendation").get("kind").asString()).isEqualTo("INSERTION_CLAUSE");
        assertThat(alone.get("recommendation").get("rule").asString()).isEqualTo("R5");
        assertThat(alone.get("createdBy").asString()).isEqualTo("achats");

        siaeInRepairsOnT9("Atelier d'insertion Ascenseurs", 50000);
        JsonNode one = read(id);
        assertThat(one.get("inclusivePotential").get("siae").asInt()).isEqualTo(1);
        assertThat(one.get("inclusivePotential").get("siaeWithCapacity").asInt()).isZero();
        assertThat(one.get("recommendation").get("kind").asString()).isEqualTo("RESERVED_LOT");
        assertThat(one.get("recommendation").get("reservation").asString()).isEqualTo("L2113-13");

        siaeInRepairsOnT9("Chantier école Maintenance", 200000);
        siaeInRepairsOnT9("Régie technique 93", 150000);
        siaeInRepairsOnT9("Insertion Bâtiment Est", 400000);
        JsonNode three = read(id);
        assertThat(three.get("inclusivePotential").get("siaeWithCapacity").asInt()).isEqualTo(3);
        assertThat(three.get("recommendation").get("kind").asString()).isEqualTo("RESERVED_CONTRACT");
        assertThat(three.get("recommendation").get("reservation").asString()).isEqualTo("L2113-13");
        assertThat(three.get("recommendation").get("reason").asString()).contains("3 SIAE", "règle R1");
        assertThat(three.get("inclusivePotential").get("suppliers").get(0).get("hasCapacity").asBoolean()).isTrue();

        // the same purchase in another territory has none of these suppliers
        HttpResponse<String> moved = buyer.putJson("/api/purchase-plan/" + id, """
                {"buyerDirectorate":"DBL","object":"Maintenance des ascenseurs des collèges","cpvCode":"50750000-7",
                 "estimatedAmount":150000,"expectedOn":"%s","territoryCode":"T7"}""".formatted(NEXT_YEAR));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json.readTree(moved.body()).get("recommendation").get("rule").asString()).isNotEqualTo("R1");
    }

    @Test
    void aWrongPurchaseIsRefusedFieldByFieldAndOnlyBuyersPlan() {
        HttpResponse<String> wrong = buyer.postJson("/api/purchase-plan", """
                {"buyerDirectorate":"DBL","object":"","cpvCode":"5075","estimatedAmount":-1,
                 "expectedOn":"2020-01-01","territoryCode":"T2"}""");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrong.body()).contains("object.required", "cpvCode.format", "estimatedAmount.range",
                "expectedOn.past", "territoryCode.unknown");

        HttpResponse<String> byFacilitator = Api.at(port).as("facilitateur").postJson(
                "/api/purchase-plan", """
                {"buyerDirectorate":"DBL","object":"Nettoyage","cpvCode":"90910000-9","estimatedAmount":1000,
                 "expectedOn":"%s"}""".formatted(NEXT_YEAR));
        assertThat(byFacilitator.statusCode()).isEqualTo(403);
        assertThat(buyer.get("/api/purchase-plan/PA-NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void aBuyerPlansFromThePageSeesTheErrorsNextToTheFieldsThenThePurchaseWithItsRule() {
        String other = planned("DPAS", "Portage de repas à domicile", "55521100-9", "95000", "T6");
        SignedInBrowser browser = SignedInBrowser.withToken(port, "achats");
        String planPage = "/plan-achats?directorate=DPAS";

        HttpResponse<String> plan = browser.page(planPage);
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("Plan d’achats — DPAS", "Portage de repas à domicile", "/plan-achats/" + other,
                "Les règles de recommandation", "Ajouter au plan").doesNotContain("Maintenance des ascenseurs");
        FormMarks.assertDateField(plan.body(), "expectedOn");
        FormMarks.assertRequired(FormMarks.form(plan.body(), "/plan-achats"), "buyerDirectorate", "object", "cpvCode",
                "estimatedAmount", "expectedOn");

        HttpResponse<String> refused = browser.submit(planPage, "/plan-achats", Map.of("buyerDirectorate", "DJVA",
                "object", "Séjours de vacances", "cpvCode", "55243000-5", "estimatedAmount", "beaucoup",
                "expectedOn", "31/02/2027", "territoryCode", "T6"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<p class=\"field__error\" id=\"expectedOn-erreur\">La date s&#39;écrit "
                        + "jj/mm/aaaa, par exemple 15/03/2027.</p>")
                .containsPattern("id=\"expectedOn\"[^>]*value=\"31/02/2027\"")
                .contains("aria-describedby=\"estimatedAmount-erreur\"",
                "aria-describedby=\"expectedOn-aide expectedOn-erreur\"", "value=\"beaucoup\"", "value=\"Séjours de vacances\"");
        RefusedSubmission.assertPresented(refused.body());

        String expected = NEXT_YEAR.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        HttpResponse<String> created = browser.submit(planPage, "/plan-achats", Map.of("buyerDirectorate", "DJVA",
                "object", "Séjours de vacances", "cpvCode", "55243000-5", "estimatedAmount", "120 000,50",
                "expectedOn", expected, "territoryCode", ""));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/plan-achats/PA-");
        HttpResponse<String> page = browser.follow(created);
        assertThat(page.body()).contains("Achat prévu enregistré.", "Séjours de vacances", "120\u202f000,50 €",
                expected, "Tout le département", "Recommandation", "règle R", "Potentiel inclusif");
        JsonNode api = read(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page.body()).contains(api.get("recommendation").get("label").asString().replace("'", "&#39;"));
        assertThat(api.get("estimatedAmount").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(api.get("territoryCode").isNull()).isTrue();
    }
}
