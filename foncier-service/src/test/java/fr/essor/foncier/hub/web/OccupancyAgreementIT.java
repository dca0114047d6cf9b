package fr.essor.foncier.hub.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.testing.Api;
import fr.essor.kit.documents.FrenchTypography;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.PdfDocuments;
import fr.essor.kit.testing.PdfUaValidation;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** From an allocation, the hub managers draw up the occupancy agreement as a PDF and record its signature. */
@EssorIntegrationTest
class OccupancyAgreementIT {

    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anAgreementIsDrawnUpFromAnAllocationPrintedAsPdfAndSignedWithWhoAndWhen() throws IOException {
        Api pole = Api.at(port).as("pole");
        String spaceId = created(pole.postJson("/api/hub/spaces", """
                {"buildingCode": "B05", "name": "Atelier bois", "surface": 60, "floor": "RDC", "type": "PRODUCTIVE",
                 "equipment": ["Aspiration"], "accessible": true}""")).get("id").asString();
        String callId = created(pole.postJson("/api/hub/calls", """
                {"title": "Ateliers bois", "spaceTypes": ["PRODUCTIVE"], "criteria": ["Emploi local"],
                 "deadline": "%s"}""".formatted(LocalDate.now(FrenchFormat.PARIS).plusMonths(1)))).get("id").asString();
        String siret = Sirets.next();
        assertThat(pole.postJson("/api/organisations", """
                {"siret": "%s", "name": "Menuiserie Partagée", "legalForm": "SCOP", "esus": true,
                 "communeInsee": "93010"}""".formatted(siret)).statusCode()).isEqualTo(201);
        String applicationId = created(pole.postJson("/api/hub/calls/" + callId + "/applications", """
                {"organisationId": "%s", "title": "Atelier partagé", "intendedUse": "Menuiserie",
                 "wishedType": "PRODUCTIVE", "wishedSurface": 60, "startDate": "%s", "durationMonths": 24,
                 "contribution": "Formations", "joinsCooperative": true}""".formatted(siret, LocalDate.now(FrenchFormat.PARIS))))
                .get("id").asString();
        ok(pole.postJson("/api/hub/applications/" + applicationId + "/decision", "{\"status\": \"SELECTED\"}"));
        LocalDate start = LocalDate.now(FrenchFormat.PARIS).withDayOfMonth(1);
        JsonNode allocated = json.readTree(ok(pole.postJson("/api/hub/spaces/" + spaceId + "/allocations", """
                {"applicationId": "%s", "startDate": "%s", "endDate": "%s"}"""
                .formatted(applicationId, start, start.plusYears(2).minusDays(1)))).body());
        String allocationId = allocated.get("allocations").get(0).get("id").asString();
        String agreementPath = "/api/hub/spaces/" + spaceId + "/allocations/" + allocationId + "/agreement";

        HttpResponse<String> negative = pole.postJson(agreementPath, "{\"feePerSquareMetreMonth\": -1}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("fee.range");
        HttpResponse<String> unsigned = pole.postJson(agreementPath + "/signature",
                "{\"signatory\": \"X\", \"signedOn\": \"%s\"}".formatted(LocalDate.now(FrenchFormat.PARIS)));
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(unsigned.body()).contains("agreement.missing");
        JsonNode drafted = json.readTree(ok(pole.postJson(agreementPath, "{\"feePerSquareMetreMonth\": 12.50}"))
                .body()).get("allocations").get(0).get("agreement");
        assertThat(drafted.get("draftedBy").asString()).isEqualTo("pole");
        assertThat(drafted.get("signedOn").isNull()).isTrue();

        SignedInBrowser browser = SignedInBrowser.signIn(port, "pole");
        String page = "/pole/espaces/" + spaceId;
        String number = drafted.get("number").asString();
        assertThat(browser.page(page).body()).contains("Convention " + number + " établie, à signer",
                "Télécharger la convention (PDF)");
        HttpResponse<byte[]> draft = browser.download(page + "/attributions/" + allocationId + "/convention.pdf");
        assertThat(draft.statusCode()).isEqualTo(200);
        PdfDocuments.keepForReview("convention-occupation-a-signer", draft.body());
        PdfUaValidation.assertCompliant(draft.body());
        PdfDocuments.assertKitLayout(draft.body(), "Convention d'occupation temporaire");
        String toSign = PdfDocuments.text(draft.body());
        assertThat(toSign).contains("Référence : " + number, "Claire Morel",
                "Responsable du pôle d'innovation sociale et environnementale", "Pour l'occupant, Menuiserie Partagée",
                "Nom : ", "Qualité : ", "représentée par son représentant légal", "Signature");
        PdfDocuments.assertNoCodeNorLogin(toSign, "pole");
        HttpResponse<String> future = browser.submitMultiValued(page, page + "/attributions/" + allocationId
                + "/convention/signature", Map.of("signatory", List.of("Awa Diallo, gérante"),
                "signedOn", List.of(LocalDate.now(FrenchFormat.PARIS).plusDays(3).format(FR))));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("id=\"signedOn-erreur\"", "ne peut pas être dans le futur");
        HttpResponse<String> signed = browser.submitMultiValued(page, page + "/attributions/" + allocationId
                + "/convention/signature", Map.of("signatory", List.of("Awa Diallo, gérante"),
                "signedOn", List.of(LocalDate.now(FrenchFormat.PARIS).format(FR))));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(302);
        assertThat(browser.page(page).body()).contains("Convention " + number + " signée le "
                + LocalDate.now(FrenchFormat.PARIS).format(FR) + " par Awa Diallo, gérante (enregistrée par pole)");
        assertThat(pole.postJson(agreementPath, "{\"feePerSquareMetreMonth\": 10}").body())
                .contains("agreement.signed");

        HttpResponse<byte[]> pdf = browser.download(page + "/attributions/" + allocationId + "/convention.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        PdfDocuments.keepForReview("convention-occupation", pdf.body());
        PdfUaValidation.assertCompliant(pdf.body());
        PdfDocuments.assertKitLayout(pdf.body(), "Convention d'occupation temporaire");
        String text = PdfDocuments.text(pdf.body());
        assertThat(text).contains("Convention d'occupation temporaire", "N° " + number, "Menuiserie Partagée", siret,
                "Atelier bois (" + spaceId + ")", "60 m²", "Du " + FrenchTypography.longDate(start) + " au "
                        + FrenchTypography.longDate(start.plusYears(2).minusDays(1)), "12,50 € par m² et par mois",
                "soit 750,00 € par mois", "Règles d'occupation du pôle", "règlement intérieur",
                "représentée par Awa Diallo, gérante", "Pour le Département de la Seine-Saint-", "Claire Morel",
                "Responsable du pôle d'innovation sociale et environnementale", "Convention établie le ",
                "Pour l'occupant, Menuiserie Partagée", "Awa Diallo", "Gérante",
                "Signée le " + LocalDate.now(FrenchFormat.PARIS).format(FR));
        PdfDocuments.assertNoCodeNorLogin(text, "pole");
    }

    private JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
