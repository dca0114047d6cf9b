package fr.essor.foncier.intermediation.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.testing.RefusedSubmission;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The cell and the hub managers work through the French pages, without JavaScript, from form to form. */
@EssorIntegrationTest
class WorkflowPagesIT {

    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theCellGoesFromANeedsBestOfferToASignedLeaseThroughThePages() {
        Api api = Api.at(port).as("sens");
        String siret = Sirets.next();
        api.postJson("/api/organisations", """
                {"siret": "%s", "name": "Fabrique Solidaire", "legalForm": "ASSOCIATION", "esus": true,
                 "communeInsee": "93048"}""".formatted(siret));
        String needId = json.readTree(api.postJson("/api/premises/needs", IntermediationApiIT.need(siret)).body())
                .get("id").asString();
        String offerId = json.readTree(api.postJson("/api/premises/offers", IntermediationApiIT.offer(150)).body())
                .get("id").asString();
        SignedInBrowser cell = SignedInBrowser.signIn(port, "sens");

        assertThat(cell.page("/besoins/" + needId).body()).contains("/mises-en-relation/nouvelle?needId=" + needId);
        String proposalPage = "/mises-en-relation/nouvelle?needId=" + needId;
        assertThat(cell.page(proposalPage).body()).contains(offerId, "score");
        HttpResponse<String> proposed = cell.submitMultiValued(proposalPage, "/mises-en-relation",
                Map.of("needId", List.of(needId), "offerId", List.of(offerId), "partners", List.of("FOL93")));
        assertThat(proposed.statusCode()).isEqualTo(302);
        String path = proposed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

        post(cell, path, "contact", Map.of("note", List.of("Appel de la présidente")));
        HttpResponse<String> badVisit = cell.submitMultiValued(path, path + "/visite",
                Map.of("date", List.of("31/02/2026")));
        assertThat(badVisit.statusCode()).isEqualTo(400);
        assertThat(badVisit.body()).contains("id=\"date-erreur\"", "aria-describedby=\"date-aide date-erreur\"",
                "Date invalide : « 31/02/2026 »");
        HttpResponse<String> nobody = cell.submitMultiValued(path, path + "/visite",
                Map.of("date", List.of(LocalDate.now(FrenchFormat.PARIS).format(FR))));
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("id=\"participants-erreur\"", "Cochez au moins un participant");
        RefusedSubmission.assertPresented(nobody.body());
        post(cell, path, "visite", Map.of("date", List.of(LocalDate.now(FrenchFormat.PARIS).format(FR)),
                "participants", List.of("ORGANISATION", "OWNER"), "feedback", List.of("Lumineux")));
        post(cell, path, "negociation", Map.of());
        post(cell, path, "bail", Map.of("startDate", List.of("01/10/2026"), "surface", List.of("150"),
                "annualRent", List.of("12 345,67")));

        String page = cell.page(path).body();
        assertThat(page).contains("Bail signé", "12\u202f345,67 € par an", "01/10/2026", "Visites", "Lumineux",
                "La structure, Le propriétaire", "FOL 93").doesNotContain("Étape suivante");
        assertThat(cell.page("/mises-en-relation").body()).contains(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void hubManagersCatalogueASpaceOpenACallSelectAnApplicationAndAllocateTheSpace() {
        SignedInBrowser pole = SignedInBrowser.signIn(port, "pole");
        HttpResponse<String> refused = pole.submitMultiValued("/pole", "/pole/espaces",
                Map.of("buildingCode", List.of("B02"), "name", List.of(""), "surface", List.of("beaucoup")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"surface-erreur\"");

        HttpResponse<String> created = pole.submitMultiValued("/pole", "/pole/espaces",
                Map.of("buildingCode", List.of("B02"), "name", List.of("Salle créative 3"), "surface", List.of("42"),
                        "type", List.of("CREATIVE"), "accessible", List.of("true")));
        assertThat(created.statusCode()).isEqualTo(302);
        String space = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> call = pole.submitMultiValued("/pole/appels", "/pole/appels",
                Map.of("title", List.of("Créatifs"), "spaceTypes", List.of("CREATIVE"),
                        "criteria", List.of("Ouverture au quartier"),
                        "deadline", List.of(LocalDate.now(FrenchFormat.PARIS).plusDays(10).format(FR))));
        assertThat(call.statusCode()).isEqualTo(302);
        String callPath = call.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String siret = Sirets.next();
        Api.at(port).as("pole").postJson("/api/organisations", """
                {"siret": "%s", "name": "Compagnie du Canal", "legalForm": "ASSOCIATION", "esus": false,
                 "communeInsee": "93010"}""".formatted(siret));
        HttpResponse<String> applied = pole.submitMultiValued(callPath, callPath + "/candidatures", Map.of(
                "organisationId", List.of("COMPAGNIE du canal"), "title", List.of("Répétitions"), "intendedUse", List.of("Théâtre"),
                "wishedType", List.of("CREATIVE"), "wishedSurface", List.of("40"),
                "startDate", List.of(LocalDate.now(FrenchFormat.PARIS).format(FR)), "durationMonths", List.of("12"),
                "contribution", List.of("Spectacles pour les voisins"), "joinsCooperative", List.of("true")));
        assertThat(applied.statusCode()).as("the structure named as typed").isEqualTo(302);
        String callPage = pole.page(callPath).body();
        String applicationId = callPage.replaceAll("(?s).*Compagnie du Canal \\(" + siret + "\\) \\((CAND-[0-9-]+)\\).*",
                "$1");
        assertThat(applicationId).startsWith("CAND-");
        assertThat(pole.submitMultiValued(callPath, "/pole/candidatures/" + applicationId + "/decision",
                Map.of("status", List.of("SELECTED"), "callId", List.of(callPath.substring(callPath.lastIndexOf('/') + 1))))
                .statusCode()).isEqualTo(302);

        HttpResponse<String> allocated = pole.submitMultiValued(space, space + "/attributions", Map.of(
                "applicationId", List.of(applicationId), "startDate", List.of(LocalDate.now(FrenchFormat.PARIS).format(FR))));
        assertThat(allocated.statusCode()).isEqualTo(302);
        assertThat(pole.page(space).body()).contains("Compagnie du Canal", "Enregistrer le départ");
        assertThat(pole.page("/pole").body()).contains("Salle créative 3", "Type Créatif", "Fiche provisoire");
        assertThat(SignedInBrowser.signIn(port, "sens").page("/pole").body()).doesNotContain("Ajouter l'espace");
    }

    private static void post(SignedInBrowser browser, String path, String step, Map<String, List<String>> fields) {
        HttpResponse<String> response = browser.submitMultiValued(path, path + "/" + step, fields);
        assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(302);
    }
}
