package fr.essor.foncier.hub.web;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.SignedInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub managers replace the placeholder buildings and describe spaces anew, with the history of who and when. */
@EssorIntegrationTest
class HubBuildingsIT {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aHubManagerDescribesABuildingThroughTheApiAndOthersCannot() {
        Api pole = Api.at(port).as("pole");
        HttpResponse<String> refused = pole.putJson("/api/hub/buildings/B07",
                "{\"name\": \"\", \"surface\": 0, \"floors\": 2}");
        assertThat(refused.statusCode()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        json.readTree(refused.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).containsExactly("name.required", "surface.range");
        assertThat(json.readTree(pole.get("/api/hub/buildings/B07").body()).get("placeholder").asBoolean())
                .as("nothing half-written").isTrue();

        HttpResponse<String> edited = pole.putJson("/api/hub/buildings/B07", """
                {"name": "Les Ateliers", "surface": 640, "floors": 2, "accessibility": "Plain-pied au RDC",
                 "notes": "Ancienne menuiserie"}""");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode building = json.readTree(pole.get("/api/hub/buildings/B07").body());
        assertThat(building.get("name").asString()).isEqualTo("Les Ateliers");
        assertThat(building.get("surface").asInt()).isEqualTo(640);
        assertThat(building.get("placeholder").asBoolean()).isFalse();
        assertThat(building.get("history")).singleElement().satisfies(change ->
                assertThat(change.get("by").asString()).isEqualTo("pole"));

        assertThat(Api.at(port).as("sens").putJson("/api/hub/buildings/B07",
                "{\"name\": \"X\", \"surface\": 1, \"floors\": 1}").statusCode()).isEqualTo(403);
        assertThat(pole.putJson("/api/hub/buildings/B99", "{\"name\": \"X\", \"surface\": 1, \"floors\": 1}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aHubManagerEditsABuildingAndASpaceFromThePagesWithTheirHistory() {
        SignedInBrowser pole = SignedInBrowser.signIn(port, "pole");
        HttpResponse<String> bad = pole.submitMultiValued("/pole/batiments/B11", "/pole/batiments/B11",
                Map.of("name", List.of("Le Dôme"), "surface", List.of("beaucoup"), "floors", List.of("1")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("aria-describedby=\"surface-erreur\"", "id=\"surface-erreur\"");

        HttpResponse<String> saved = pole.submitMultiValued("/pole/batiments/B11", "/pole/batiments/B11",
                Map.of("name", List.of("Le Dôme"), "surface", List.of("1 200"), "floors", List.of("3"),
                        "accessibility", List.of("Ascenseur"), "notes", List.of("")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(pole.page("/pole/batiments/B11").body()).contains("Le Dôme (B11)", "1200 m²",
                "Fiche modifiée : nom « Le Dôme », surface 1200 m², 3 niveaux, accessibilité", "pole");
        assertThat(pole.page("/pole").body()).contains("B11 — Le Dôme");

        Api api = Api.at(port).as("pole");
        HttpResponse<String> created = api.postJson("/api/hub/spaces", """
                {"buildingCode": "B11", "name": "Salle 1", "surface": 40, "type": "TERTIARY", "accessible": true}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String spaceId = json.readTree(created.body()).get("id").asString();
        HttpResponse<String> described = pole.submitMultiValued("/pole/espaces/" + spaceId,
                "/pole/espaces/" + spaceId + "/fiche", Map.of("name", List.of("Salle des machines"),
                        "surface", List.of("55"), "type", List.of("PRODUCTIVE"), "equipment",
                        List.of("Triphasé\nMonte-charge")));
        assertThat(described.statusCode()).as(described.body()).isEqualTo(302);
        JsonNode space = json.readTree(api.get("/api/hub/spaces/" + spaceId).body());
        assertThat(space.get("details").get("surface").asInt()).isEqualTo(55);
        assertThat(space.get("details").get("equipment")).hasSize(2);
        assertThat(space.get("history")).hasSize(2);
        assertThat(pole.page("/pole/espaces/" + spaceId).body()).contains("Salle des machines",
                "Fiche modifiée : nom « Salle des machines », surface 55 m², type Productif, équipements, "
                        + "non accessible");
        assertThat(pole.page("/pole/batiments/B11").body()).contains("Salle des machines");
    }

    @Test
    void theHubFormsMarkWhatTheServerRequiresAndTakeDatesTypedJjMmAaaa() {
        SignedInBrowser pole = SignedInBrowser.signIn(port, "pole");
        FormMarks.assertRequired(FormMarks.form(pole.page("/pole/batiments/B11").body(), "/pole/batiments/B11"),
                "name", "surface", "floors");
        FormMarks.assertRequired(FormMarks.form(pole.page("/pole").body(), "/pole/espaces"), "buildingCode", "name",
                "surface", "type");
        String calls = pole.page("/pole/appels").body();
        FormMarks.assertDateField(calls, "deadline");
        FormMarks.assertRequired(FormMarks.form(calls, "/pole/appels"), "title", "spaceTypes", "criteria",
                "deadline");

        HttpResponse<String> bad = pole.submitMultiValued("/pole/appels", "/pole/appels", Map.of(
                "title", List.of("Appel aux ateliers"), "spaceTypes", List.of("PRODUCTIVE"),
                "criteria", List.of("Ancrage local"), "deadline", List.of("31/11/2099")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).as("the bad date is answered next to its field, as it was typed")
                .contains("<p class=\"field__error\" id=\"deadline-erreur\">Date invalide")
                .containsPattern("id=\"deadline\"[^>]*value=\"31/11/2099\"")
                .containsPattern("id=\"spaceTypes-PRODUCTIVE\"[^>]*checked");

        HttpResponse<String> opened = pole.submitMultiValued("/pole/appels", "/pole/appels", Map.of(
                "title", List.of("Appel aux ateliers"), "spaceTypes", List.of("PRODUCTIVE"),
                "criteria", List.of("Ancrage local"), "deadline", List.of("30/11/2099")));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        String call = opened.headers().firstValue("Location").orElseThrow();
        call = call.substring(call.indexOf("/pole/appels/"));
        String page = pole.page(call).body();
        assertThat(page).as("the deadline typed jj/mm/aaaa is stored as that day").contains("30/11/2099 (ouvert)");
        FormMarks.assertDateField(page, "startDate");
        FormMarks.assertRequired(FormMarks.form(page, call + "/candidatures"), "organisationId", "title",
                "intendedUse", "wishedType", "wishedSurface", "startDate", "durationMonths", "contribution");
    }
}
