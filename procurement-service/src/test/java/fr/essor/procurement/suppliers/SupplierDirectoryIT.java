package fr.essor.procurement.suppliers;

import fr.essor.kit.testing.RefusedSubmission;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static fr.essor.procurement.contracts.ProcurementFixtures.award;
import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

@EssorIntegrationTest
class SupplierDirectoryIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    static String profile(String sectors, String territories, int capacity) {
        return """
                {"sectors":%s,"territories":%s,"workforce":35,"maxContractAmount":%d,
                 "description":"Espaces verts et propreté"}""".formatted(sectors, territories, capacity);
    }

    List<String> names(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(response.body()).spliterator(), false)
                .map(s -> s.get("name").asString()).toList();
    }

    @Test
    void buyersFindSuppliersBySectorTerritoryCategoryAndCapacity() {
        Api facilitator = Api.at(port).as("facilitateur");
        String tag = reference();
        String aci = organisation(facilitator, "Jardins " + tag, "ASSOCIATION", "ACI", false);
        String scop = organisation(facilitator, "Scop nettoyage " + tag, "SCOP", null, true);
        assertThat(facilitator.putJson("/api/suppliers/" + aci, profile("[\"77\",\"90\"]", "[\"T6\",\"T8\"]", 250000))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> described = facilitator.putJson("/api/suppliers/" + scop,
                profile("[\"90\"]", "[\"T7\"]", 50000));
        assertThat(described.statusCode()).isEqualTo(200);
        JsonNode scopView = json.readTree(described.body());
        assertThat(scopView.get("categories").valueStream().map(JsonNode::asString))
                .containsExactly("COOPERATIVE", "ESUS");
        assertThat(scopView.get("updatedBy").asString()).isEqualTo("facilitateur");

        Api buyer = Api.at(port).as("achats");
        assertThat(names(buyer.get("/api/suppliers?q=" + tag + "&sector=90")))
                .containsExactly("Jardins " + tag, "Scop nettoyage " + tag);
        assertThat(names(buyer.get("/api/suppliers?q=" + tag + "&sector=77"))).containsExactly("Jardins " + tag);
        assertThat(names(buyer.get("/api/suppliers?q=" + tag + "&territory=T7")))
                .containsExactly("Scop nettoyage " + tag);
        assertThat(names(buyer.get("/api/suppliers?q=" + tag + "&category=SIAE"))).containsExactly("Jardins " + tag);
        assertThat(names(buyer.get("/api/suppliers?q=" + tag + "&minCapacity=100000")))
                .containsExactly("Jardins " + tag);
        assertThat(buyer.get("/api/suppliers?category=BANK").statusCode()).isEqualTo(400);
    }

    @Test
    void aSupplierPageListsTheContractsItHolds() {
        Api buyer = Api.at(port).as("achats");
        String ei = organisation(buyer, "Régie de quartier", "ASSOCIATION", "EI", false);
        assertThat(buyer.putJson("/api/suppliers/" + ei, profile("[\"90\"]", "[\"T6\"]", 80000)).statusCode())
                .isEqualTo(200);
        String ref = reference();
        buyer.postJson("/api/contracts", contract(ref, "L2113-13", "90910000-9", "[]", 0));
        assertThat(buyer.postJson("/api/contracts/" + ref + "-L1/award", award(ei, "30000")).statusCode())
                .isEqualTo(200);

        JsonNode supplier = json.readTree(buyer.get("/api/suppliers/" + ei).body());
        assertThat(supplier.get("contracts").get(0).get("id").asString()).isEqualTo(ref + "-L1");
        assertThat(supplier.get("contracts").get(0).get("amount").decimalValue()).isEqualByComparingTo("30000");

        HttpResponse<String> page = buyer.page("/fournisseurs/" + ei);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Régie de quartier", ref + "-L1", "30\u202f000,00 €",
                "(SIAE)");
    }

    @Test
    void aProfileNeedsARegisteredSiretKnownSectorsAndTerritories() {
        Api buyer = Api.at(port).as("achats");
        assertThat(buyer.putJson("/api/suppliers/" + Sirets.next(), profile("[\"90\"]", "[\"T6\"]", 1000))
                .statusCode()).isEqualTo(404);
        String ea = organisation(buyer, "EA test", "ASSOCIATION", "EA", false);
        HttpResponse<String> bad = buyer.putJson("/api/suppliers/" + ea, profile("[\"99\"]", "[\"T1\"]", 1000));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("sectors.unknown", "territories.unknown");
        assertThat(Api.at(port).as("ept-est-ensemble")
                .putJson("/api/suppliers/" + ea, profile("[\"90\"]", "[\"T6\"]", 1000)).statusCode()).isEqualTo(403);
    }

    @Test
    void aFacilitatorAddsARegisteredStructureToTheDirectoryFromThePagesThenEditsItsCapacity() {
        Api facilitator = Api.at(port).as("facilitateur");
        SignedInBrowser browser = SignedInBrowser.withToken(port, "facilitateur");
        String tag = reference();
        String esat = organisation(facilitator, "ESAT des Lilas " + tag, "ASSOCIATION", "ESAT", false);
        String blank = browser.page("/fournisseurs/nouveau").body();
        assertThat(blank).contains("ESAT des Lilas " + tag + " — SIRET " + esat);
        FormMarks.assertRequired(FormMarks.form(blank, "/fournisseurs"), "siret", "sectors", "territories");

        HttpResponse<String> refused = browser.submitMultiValued("/fournisseurs/nouveau", "/fournisseurs", Map.of(
                "siret", List.of(esat), "sectors", List.of("77"), "territories", List.of(),
                "workforce", List.of("beaucoup"), "maxContractAmount", List.of("80 000"), "description", List.of("")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"territories-erreur\"", "Indiquez au moins un territoire",
                "href=\"#territories\"", "fieldset id=\"territories\"",
                "id=\"workforce-erreur\"", "aria-describedby=\"workforce-erreur\"");
        RefusedSubmission.assertPresented(refused.body());
        assertThat(facilitator.get("/api/suppliers/" + esat).statusCode()).as("nothing half-written")
                .isEqualTo(404);

        HttpResponse<String> added = browser.submitMultiValued("/fournisseurs/nouveau", "/fournisseurs", Map.of(
                "siret", List.of(esat), "sectors", List.of("77", "90"), "territories", List.of("T8", "T9"),
                "workforce", List.of("42"), "maxContractAmount", List.of("80 000"),
                "description", List.of("Entretien d'espaces verts")));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(browser.follow(added).body()).contains("La fiche de ESAT des Lilas " + tag + " est enregistrée.",
                "77 — Services agricoles", "Est Ensemble (T8)", "Modifier la fiche");
        assertThat(browser.page("/fournisseurs/nouveau").body()).doesNotContain("SIRET " + esat);

        String edit = "/fournisseurs/" + esat + "/modifier";
        assertThat(browser.page(edit).body()).contains("value=\"42\"", "checked");
        HttpResponse<String> edited = browser.submitMultiValued(edit, "/fournisseurs/" + esat, Map.of(
                "sectors", List.of("77"), "territories", List.of("T8"), "workforce", List.of("50"),
                "maxContractAmount", List.of("120 000,00"), "description", List.of("Espaces verts")));

        assertThat(edited.statusCode()).isEqualTo(302);
        JsonNode view = json.readTree(facilitator.get("/api/suppliers/" + esat).body());
        assertThat(view.get("workforce").asInt()).isEqualTo(50);
        assertThat(view.get("sectors").valueStream().map(JsonNode::asString)).containsExactly("77");
        assertThat(view.get("updatedBy").asString()).isEqualTo("facilitateur");
    }
}
