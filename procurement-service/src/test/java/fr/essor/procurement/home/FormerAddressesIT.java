package fr.essor.procurement.home;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages have French addresses like the other services' ({@code /marches}, {@code /fournisseurs},
 * {@code /heures-insertion}); every former English address read by a browser (a bookmark, a link in a mail or in
 * another service) answers a permanent redirect to the French one, its query string kept.
 */
@EssorIntegrationTest
class FormerAddressesIT {

    @LocalServerPort
    int port;

    @Test
    void everyFormerAddressIsAPermanentRedirectToItsFrenchAddressWithItsQuery() {
        Api api = Api.at(port).as("achats");
        String supplier = organisation(api, "Jardins des adresses", "ASSOCIATION", "ACI", false);
        assertThat(Api.at(port).as("facilitateur").putJson("/api/suppliers/" + supplier, """
                {"sectors":["77"],"territories":["T8"],"workforce":12,"maxContractAmount":80000,
                 "description":"Espaces verts"}""").statusCode()).isEqualTo(200);
        String ref = reference();
        assertThat(api.postJson("/api/contracts", contract(ref, "NONE", "77310000-6", "[\"SOCIAL_CLAUSE\"]", 300))
                .statusCode()).isEqualTo(201);
        String id = ref + "-L1";

        Map<String, String> moved = new LinkedHashMap<>();
        moved.put("/contracts", "/marches");
        moved.put("/contracts?reservation=L2113-12&status=AWARDED", "/marches?reservation=L2113-12&status=AWARDED");
        moved.put("/contracts/new", "/marches/nouveau");
        moved.put("/contracts/" + id, "/marches/" + id);
        moved.put("/contracts/" + id + "/award", "/marches/" + id + "/attribution");
        moved.put("/contracts/" + id + "/insertion-hours", "/marches/" + id + "/heures-insertion");
        moved.put("/contracts/" + id + "/modifications", "/marches/" + id + "/modifications");
        moved.put("/insertion-hours", "/heures-insertion");
        moved.put("/insertion-hours/closure", "/heures-insertion/cloture");
        moved.put("/suppliers", "/fournisseurs");
        moved.put("/suppliers?q=Jardins%20des%20adresses&sector=77", "/fournisseurs?q=Jardins%20des%20adresses&sector=77");
        moved.put("/suppliers/new", "/fournisseurs/nouveau");
        moved.put("/suppliers/new?organisation=" + supplier, "/fournisseurs/nouveau?organisation=" + supplier);
        moved.put("/suppliers/" + supplier, "/fournisseurs/" + supplier);
        moved.put("/suppliers/" + supplier + "/edit", "/fournisseurs/" + supplier + "/modifier");

        SignedInBrowser buyer = SignedInBrowser.withToken(port, "achats");
        moved.forEach((former, french) -> {
            HttpResponse<String> redirect = buyer.page(former);
            assertThat(redirect.statusCode()).as("GET " + former).isEqualTo(301);
            assertThat(redirect.headers().firstValue("Location")).as("GET " + former).hasValue(french);
        });

        // the French pages themselves, as the buyer reads them
        for (String page : List.of("/marches", "/marches/nouveau", "/marches/" + id, "/heures-insertion",
                "/fournisseurs", "/fournisseurs/nouveau", "/fournisseurs/" + supplier,
                "/fournisseurs/" + supplier + "/modifier")) {
            HttpResponse<String> response = buyer.page(page);
            assertThat(response.statusCode()).as("GET " + page).isEqualTo(200);
            assertThat(response.body()).as("GET " + page).contains("lang=\"fr\"");
        }
        // a redirect followed lands on the page, the filter of the query kept
        assertThat(buyer.follow(buyer.page("/suppliers?q=Jardins%20des%20adresses&sector=77")).body())
                .contains("href=\"/fournisseurs/" + supplier + "\"");
        // the former form addresses, read again, lead back to the page the form belongs to
        HttpResponse<String> formerForm = buyer.follow(buyer.page("/contracts/" + id + "/award"));
        assertThat(formerForm.statusCode()).isEqualTo(303);
        assertThat(formerForm.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/marches/" + id));
    }

    @Test
    void theFrenchPagesAnswerTheRolesThatMayUseThemAndTheRedirectDoesNotOpenThemToOthers() {
        SignedInBrowser facilitator = SignedInBrowser.withToken(port, "facilitateur");
        for (String page : List.of("/marches", "/heures-insertion", "/fournisseurs", "/fournisseurs/nouveau")) {
            assertThat(facilitator.page(page).statusCode()).as("facilitateur GET " + page).isEqualTo(200);
        }
        // a facilitator does not open contracts: the form is refused under its new address as under the old one
        assertThat(facilitator.page("/marches/nouveau").statusCode()).isEqualTo(403);
        HttpResponse<String> former = facilitator.page("/contracts/new");
        assertThat(former.statusCode()).isEqualTo(301);
        assertThat(facilitator.follow(former).statusCode()).isEqualTo(403);
        // the API is a contract with the EPTs' systems: its English paths did not move
        assertThat(Api.at(port).as("achats").get("/api/contracts").statusCode()).isEqualTo(200);
        assertThat(Api.at(port).as("achats").get("/api/suppliers").statusCode()).isEqualTo(200);
        // and the OpenAPI document describes the API only, not the pages nor their former addresses
        HttpResponse<String> docs = Api.at(port).as("admin").get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/api/contracts\"").doesNotContain("\"/contracts", "\"/suppliers",
                "\"/insertion-hours", "\"/marches", "\"/fournisseurs");
    }
}
