package fr.essor.foncier.premises.web;

import fr.essor.kit.testing.RefusedSubmission;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The premises pages as the cell and an EPT see them in a browser without JavaScript, signed in through the
 * sign-in form: lists with filters, forms with their French errors, the match board, the CSV exports.
 */
@EssorIntegrationTest
class PremisesPagesIT {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api api;
    private SignedInBrowser cell;

    @BeforeEach
    void signIn() {
        api = Api.at(port).as("sens");
        cell = SignedInBrowser.signIn(port, "sens");
    }

    @Test
    void theListsShowNeedsAndOffersFilteredByTerritoryAndStatus() {
        String needInMontreuil = createNeed(registerOrganisation("Ressourcerie de l'Est"), 120, 250, "93048");
        String offerInSaintDenis = createOffer(180, "93066", "80");
        String offerInMontreuil = createOffer(180, "93048", "80");

        String home = cell.page("/").body();
        assertThat(home).contains("href=\"/besoins\"", "href=\"/offres\"");
        HttpResponse<String> estEnsemble = cell.page("/besoins?territory=T8&status=OPEN");
        assertThat(estEnsemble.statusCode()).isEqualTo(200);
        assertThat(estEnsemble.body()).contains(needInMontreuil, "Ressourcerie de l&#39;Est", "120 à 250 m²",
                "Atelier / production", "Montreuil", "90,00 €/m²/an", "01/09/2026", "Enregistrer un besoin");
        assertThat(cell.page("/besoins?territory=T6").body()).doesNotContain(needInMontreuil);
        assertThat(cell.page("/besoins?status=SATISFIED").body()).doesNotContain(needInMontreuil);
        String plaineCommune = cell.page("/offres?territory=T6").body();
        assertThat(plaineCommune).contains(offerInSaintDenis, "Saint-Denis", "Plaine Commune (T6)", "Publier une offre")
                .doesNotContain(offerInMontreuil);
        assertThat(cell.page("/offres?territory=T6").body())
                .contains("href=\"/offres/export.csv?territory=T6\"");
    }

    @Test
    void registeringTheStructureOnTheWayKeepsEverythingTypedOnTheNeedForm() {
        Map<String, List<String>> typed = new HashMap<>(Map.of("organisationId", List.of("Atelier des Lilas"),
                "usages", List.of("WORKSHOP", "STORAGE"), "surfaceMin", List.of("150"),
                "surfaceMax", List.of("300"), "communeInsees", List.of("93048"), "neededFrom", List.of("01/09/2027"),
                "tenure", List.of("EITHER"), "notes", List.of("Accès poids lourds & quai"),
                "detour", List.of("organisationId"), "retour", List.of("/besoins/nouveau")));

        HttpResponse<String> registration = cell.submitMultiValued("/besoins/nouveau", "/structures/nouvelle", typed);

        assertThat(registration.statusCode()).isEqualTo(200);
        assertThat(registration.body()).as("the name typed where a SIRET was expected is taken for the name")
                .containsPattern("id=\"name\"[^>]*value=\"Atelier des Lilas\"")
                .doesNotContainPattern("id=\"siret\"[^>]*value=\"Atelier")
                .contains("name=\"kept.surfaceMin\" value=\"150\"", "name=\"kept.usages\" value=\"STORAGE\"",
                        "Ce que vous avez saisi dans le formulaire précédent est");
        String siret = Sirets.next();
        Map<String, List<String>> registered = new HashMap<>();
        for (String line : registration.body().split("\n")) {
            java.util.regex.Matcher kept = java.util.regex.Pattern
                    .compile("name=\"(kept\\.[^\"]+)\" value=\"([^\"]*)\"").matcher(line);
            while (kept.find()) {
                registered.computeIfAbsent(kept.group(1), k -> new java.util.ArrayList<>())
                        .add(org.springframework.web.util.HtmlUtils.htmlUnescape(kept.group(2)));
            }
        }
        assertThat(registered).containsKeys("kept.organisationId", "kept.notes", "kept.communeInsees");
        // the SIRET as printed on a letterhead, « 123 456 789 00012 »: registered as its 14 digits
        registered.putAll(Map.of("siret", List.of(Sirets.spaced(siret)), "name", List.of("Atelier des Lilas"),
                "legalForm", List.of("ASSOCIATION"), "communeInsee", List.of("93048"),
                "retour", List.of("/besoins/nouveau")));
        HttpResponse<String> done = cell.submitMultiValued("/structures/nouvelle", "/structures/nouvelle",
                registered);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);

        String back = cell.follow(done).body();
        assertThat(back).contains("La structure « Atelier des Lilas » est enregistrée.")
                .containsPattern("id=\"organisationId\"[^>]*value=\"" + siret + "\"")
                .containsPattern("id=\"surfaceMin\"[^>]*value=\"150\"")
                .containsPattern("id=\"usages-STORAGE\"[^>]*checked")
                .containsPattern("id=\"commune-93048\"[^>]*checked")
                .contains("Accès poids lourds &amp; quai");
        assertThat(needsOf(siret)).as("nothing is stored before the need form is sent").isEmpty();
    }

    @Test
    void aNeedFormWithErrorsShowsEachFrenchMessageNextToItsFieldAndStoresNothing() {
        String siret = registerOrganisation("Atelier des possibles");

        HttpResponse<String> refused = cell.submitMultiValued("/besoins/nouveau", "/besoins", Map.of(
                "organisationId", List.of(siret), "surfaceMin", List.of("300"), "surfaceMax", List.of("100"),
                "communeInsees", List.of("93048"), "neededFrom", List.of("demain"), "tenure", List.of("EITHER")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Le besoin n’a pas été enregistré")
                .contains("id=\"surfaceMax-erreur\"", "La surface maximale doit être supérieure ou égale à la surface minimale.")
                .contains("aria-describedby=\"surfaceMax-erreur\"")
                .contains("id=\"usages-erreur\"", "Choisissez au moins un usage.")
                .contains("id=\"neededFrom-erreur\"", "La date doit être au format jj/mm/aaaa")
                .contains("value=\"300\"", "value=\"demain\"", "value=\"" + siret + "\"")
                .containsPattern("id=\"commune-93048\"[^>]*checked");
        assertThat(refused.body()).as("the required fields say so, in their label and to assistive technologies")
                .containsPattern("<label class=\"field__label\" for=\"tenure\">Type d’occupation <span class=\"field__required\">\\(obligatoire\\)</span></label>")
                .containsPattern("<select [^>]*id=\"tenure\"[^>]*aria-required=\"true\"")
                .containsPattern("<input [^>]*id=\"surfaceMin\"[^>]*aria-required=\"true\"")
                .containsPattern("<input [^>]*id=\"neededFrom\"[^>]*aria-describedby=\"neededFrom-aide neededFrom-erreur\"")
                .doesNotContainPattern("<input [^>]*id=\"maxRentPerSquareMetre\"[^>]*aria-required");
        assertThat(RefusedSubmission.assertPresented(refused.body())).contains("Choisissez au moins un usage.");
        assertThat(needsOf(siret)).isEmpty();
    }

    @Test
    void aValidNeedFormStoresTheNeedForItsAuthorAndRedirectsToItsPage() {
        String siret = registerOrganisation("Les Ateliers du Canal");

        Map<String, List<String>> fields = new HashMap<>(Map.of("organisationId", List.of(siret),
                "usages", List.of("WORKSHOP", "STORAGE"), "surfaceMin", List.of("150"), "surfaceMax", List.of("300"),
                "communeInsees", List.of("93048", "93010"), "territoryCodes", List.of("T9"),
                "maxRentPerSquareMetre", List.of("95,50"), "neededFrom", List.of("2026-10-01"),
                "tenure", List.of("TEMPORARY"), "durationMonths", List.of("18")));
        fields.put("accessibilityRequired", List.of("true"));
        fields.put("notes", List.of("Rencontrés au forum de l'ESS"));
        HttpResponse<String> created = cell.submitMultiValued("/besoins/nouveau", "/besoins", fields);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).containsPattern("/besoins/BESOIN-\\d{4}-\\d{4}$");
        String needId = location.substring(location.lastIndexOf('/') + 1);
        JsonNode stored = json.readTree(api.get("/api/premises/needs/" + needId).body());
        assertThat(stored.get("organisationId").asString()).isEqualTo(siret);
        assertThat(stored.get("registeredBy").asString()).isEqualTo("sens");
        assertThat(stored.get("maxRentPerSquareMetre").decimalValue()).isEqualByComparingTo("95.50");
        assertThat(stored.get("accessibilityRequired").asBoolean()).isTrue();
        assertThat(stored.get("erpRequired").asBoolean()).isFalse();
        assertThat(stored.get("territoryCodes").toString()).contains("T9");
        String page = cell.page("/besoins/" + needId).body();
        assertThat(page).contains("Le besoin " + needId + " est enregistré.", "Atelier / production, Stockage",
                "150 à 300 m²", "Montreuil, Bondy, territoire Grand Paris Grand Est", "95,50 €/m²/an",
                "01/10/2026", "Occupation temporaire", "18 mois", "Rencontrés au forum de l&#39;ESS", "par sens");
    }

    @Test
    void theStructureIsFoundAsTypedAndSeveralMatchesAreOfferedWithoutLosingTheForm() {
        String tag = Sirets.next().substring(7);
        String siret = registerOrganisation("Épicerie de l'Œuvre " + tag);
        String bis = registerOrganisation("Épicerie de l'Œuvre " + tag + " bis");
        Map<String, List<String>> fields = new HashMap<>(Map.of("usages", List.of("SHOP"), "surfaceMin",
                List.of("40"), "surfaceMax", List.of("90"), "tenure", List.of("EITHER"), "neededFrom", List.of("01/03/2027")));

        fields.put("organisationId", List.of("epicerie de l oeuvre " + tag));
        HttpResponse<String> several = cell.submitMultiValued("/besoins/nouveau", "/besoins", fields);
        assertThat(several.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(several.body())).contains(
                "Plusieurs structures correspondent à « epicerie de l oeuvre " + tag + " »",
                "SIRET " + Sirets.spaced(siret), "SIRET " + Sirets.spaced(bis),
                "value=\"epicerie de l oeuvre " + tag + "\"",
                "value=\"90\"");
        assertThat(needsOf(siret)).isEmpty();

        fields.put("organisationId", List.of(Sirets.spaced(siret)));
        HttpResponse<String> bySiret = cell.submitMultiValued("/besoins/nouveau", "/besoins", fields);
        assertThat(bySiret.statusCode()).as(bySiret.body().replaceAll("(?s).*<main", "<main").replaceAll("(?s)</form>.*", "")).isEqualTo(302);
        assertThat(needsOf(siret)).hasSize(1);
        fields.put("organisationId", List.of("ÉPICERIE de l’œuvre " + tag + " BIS"));
        assertThat(cell.submitMultiValued("/besoins/nouveau", "/besoins", fields).statusCode()).isEqualTo(302);
        assertThat(needsOf(bis)).hasSize(1);
    }

    @Test
    void theEditFormComesPrefilledAndChangesTheNeedAndItsStatus() {
        String needId = createNeed(registerOrganisation("Cuisine solidaire"), 120, 250, "93048");

        String form = cell.page("/besoins/" + needId + "/modifier").body();
        assertThat(form).contains("value=\"120\"", "value=\"250\"", "value=\"01/09/2026\"")
                .containsPattern("id=\"usages-WORKSHOP\"[^>]*checked")
                .containsPattern("<option value=\"OPEN\" selected")
                .doesNotContain("name=\"organisationId\"");

        Map<String, List<String>> fields = new HashMap<>(Map.of("usages", List.of("WORKSHOP"),
                "surfaceMin", List.of("120"), "surfaceMax", List.of("260"), "communeInsees", List.of("93048"),
                "maxRentPerSquareMetre", List.of("90"), "neededFrom", List.of("01/09/2026"),
                "tenure", List.of("EITHER"), "durationMonths", List.of("24"), "status", List.of("IN_CONTACT")));
        HttpResponse<String> changed = cell.submitMultiValued("/besoins/" + needId + "/modifier",
                "/besoins/" + needId, fields);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        String page = cell.page("/besoins/" + needId).body();
        assertThat(page).contains("est mis à jour", "En relation", "120 à 260 m²");
        JsonNode stored = json.readTree(api.get("/api/premises/needs/" + needId).body());
        assertThat(stored.get("status").asString()).isEqualTo("IN_CONTACT");
        assertThat(stored.get("version").asInt()).isEqualTo(2);
        assertThat(stored.get("updatedBy").asString()).isEqualTo("sens");

        fields.put("status", List.of("PERDU"));
        HttpResponse<String> refused = cell.submitMultiValued("/besoins/" + needId + "/modifier",
                "/besoins/" + needId, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"status-erreur\"", "Statut inconnu");
    }

    @Test
    void anOfferFormRefusesBadFieldsInFrenchThenPublishesAValidOffer() {
        Map<String, List<String>> fields = new HashMap<>(Map.of("ownerType", List.of("SOCIAL_LANDLORD"),
                "ownerName", List.of("Seine-Saint-Denis Habitat"), "address", List.of("3 rue des Lilas"),
                "communeInsee", List.of("93055"), "surface", List.of("-4"), "allowedUsages", List.of("OFFICES"),
                "rentPerSquareMetre", List.of("120"), "availableFrom", List.of("2026-06-01"),
                "availableUntil", List.of("2027-05-31"), "tenure", List.of("LONG_TERM")));
        int before = json.readTree(api.get("/api/premises/offers?limit=1000").body()).size();

        String blank = cell.page("/offres/nouvelle").body();
        for (String list : List.of("ownerType", "communeInsee", "tenure", "erpCategory")) {
            assertThat(blank.split("name=\"" + list + "\"", -1)).as("one list %s on the form", list).hasSize(2);
        }
        FormMarks.assertDateField(blank, "availableFrom");
        FormMarks.assertDateField(blank, "availableUntil");
        FormMarks.assertRequired(FormMarks.form(blank, "/offres"), "ownerType", "ownerName", "address",
                "communeInsee", "surface", "allowedUsages", "rentPerSquareMetre", "tenure", "availableFrom");
        HttpResponse<String> refused = cell.submitMultiValued("/offres/nouvelle", "/offres", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("L’offre n’a pas été publiée")
                .contains("id=\"surface-erreur\"", "Indiquez la surface en m², un nombre entier entre 1 et 100 000.")
                .contains("aria-describedby=\"surface-erreur\"")
                .contains("id=\"availableUntil-erreur\"", "ne s&#39;indique que pour une occupation temporaire");
        assertThat(json.readTree(api.get("/api/premises/offers?limit=1000").body()).size()).isEqualTo(before);
        Map<String, List<String>> badDate = new HashMap<>(fields);
        badDate.put("availableFrom", List.of("31/06/2026"));
        HttpResponse<String> unreadable = cell.submitMultiValued("/offres/nouvelle", "/offres", badDate);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).as("the bad date is answered next to its field, as it was typed")
                .contains("<p class=\"field__error\" id=\"availableFrom-erreur\">Date invalide : utilisez le format "
                        + "jj/mm/aaaa.</p>")
                .containsPattern("id=\"availableFrom\"[^>]*value=\"31/06/2026\"");

        fields.put("availableFrom", List.of("01/06/2026"));
        fields.put("availableUntil", List.of("31/05/2027"));
        fields.put("surface", List.of("95"));
        fields.put("tenure", List.of("TEMPORARY"));
        fields.put("erpCategory", List.of("5"));
        fields.put("accessible", List.of("true"));
        HttpResponse<String> published = cell.submitMultiValued("/offres/nouvelle", "/offres", fields);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        String location = published.headers().firstValue("Location").orElseThrow();
        String offerId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(offerId).matches("OFFRE-\\d{4}-\\d{4}");
        JsonNode stored = json.readTree(api.get("/api/premises/offers/" + offerId).body());
        assertThat(stored.get("publishedBy").asString()).isEqualTo("sens");
        assertThat(stored.get("availableFrom").asString()).isEqualTo("2026-06-01");
        assertThat(stored.get("availableUntil").asString()).isEqualTo("2027-05-31");
        String edit = cell.page("/offres/" + offerId + "/modifier").body();
        assertThat(FormMarks.field(edit, "availableFrom")).as("the stored dates are shown as typed in France")
                .contains("value=\"01/06/2026\"");
        assertThat(FormMarks.field(edit, "availableUntil")).contains("value=\"31/05/2027\"");
        assertThat(cell.page("/offres/" + offerId).body()).contains("L’offre " + offerId + " est publiée.",
                "3 rue des Lilas, Pantin", "95 m²", "Bureaux", "120,00 €/m²/an", "du 01/06/2026 au 31/05/2027",
                "ERP de 5e catégorie", "Accessible PMR", "Seine-Saint-Denis Habitat");
    }

    @Test
    void theMatchBoardShowsScoresAndFrenchReasonsBestFirstWithLinksBothWays() {
        String needId = createNeed(registerOrganisation("Fabrique Noiséenne"), 400, 450, "93053");
        String inTown = createOffer(420, "93053", "60");
        String nextDoor = createOffer(430, "93029", "60");
        String tooBig = createOffer(451, "93053", "60");

        String needPage = cell.page("/besoins/" + needId).body();
        String board = needPage.substring(needPage.indexOf("id=\"rapprochements\""));
        assertThat(board).contains("Meilleures offres pour ce besoin", "Score : ", " / 100",
                "Dans une commune demandée : Noisy-le-Sec.", "Surface", "Favorable", "Localisation", "Loyer",
                "Dates et durée", "+35 pts")
                .contains("href=\"/offres/" + inTown + "\"", "href=\"/offres/" + nextDoor + "\"")
                .doesNotContain(tooBig);
        assertThat(board.indexOf(inTown)).isLessThan(board.indexOf(nextDoor));

        String offerPage = cell.page("/offres/" + inTown).body();
        String back = offerPage.substring(offerPage.indexOf("id=\"rapprochements\""));
        assertThat(back).contains("Besoins auxquels cette offre répond le mieux", "href=\"/besoins/" + needId + "\"",
                "Fabrique Noiséenne");
        assertThat(cell.page("/offres/" + tooBig).body()).doesNotContain("href=\"/besoins/" + needId + "\"");
    }

    @Test
    void anEptAccountSeesOnlyItsTerritoryWithoutTheCellsNotesAndCannotWrite() {
        String inPlaineCommune = createOffer(90, "93066", "50");
        String inEstEnsemble = createOffer(90, "93010", "50");
        String needInPlaineCommune = createNeed(registerOrganisation("Régie de quartier"), 60, 120, "93066");
        SignedInBrowser ept = SignedInBrowser.signIn(port, "ept-est-ensemble");

        String offers = ept.page("/offres?territory=T6").body();
        assertThat(offers).contains(inEstEnsemble, "Territoire : Est Ensemble (T8)").doesNotContain(inPlaineCommune)
                .doesNotContain("Publier une offre");
        assertThat(ept.page("/offres/" + inPlaineCommune).statusCode()).isEqualTo(404);
        assertThat(ept.page("/besoins/" + needInPlaineCommune).statusCode()).isEqualTo(404);
        String offerPage = ept.page("/offres/" + inEstEnsemble).body();
        assertThat(offerPage).contains("Bondy").doesNotContain("Seine-Saint-Denis Habitat", "Modifier cette offre");
        assertThat(ept.page("/offres/nouvelle").statusCode()).isEqualTo(403);
        assertThat(ept.submitMultiValued("/offres", "/offres", Map.of("ownerType", List.of("EPT"))).statusCode())
                .isEqualTo(403);

        CsvTable exported = CsvTable.parse(ept.download("/offres/export.csv?territory=T6").body());
        assertThat(exported.column("Territoire")).isNotEmpty().containsOnly("Est Ensemble");
        assertThat(exported.column("Propriétaire")).containsOnly("");
        assertThat(exported.row(inEstEnsemble)).isPresent();
    }

    @Test
    void theCsvExportsAreUtf8WithBomSemicolonsAndFrenchHeadersWithOneRowPerNeedOrOffer() {
        String siret = registerOrganisation("Bricothèque; \"La Clé\"");
        String needId = createNeed(siret, 120, 250, "93048");
        String offerId = createOffer(180, "93048", "80.50");

        HttpResponse<byte[]> needsCsv = cell.download("/besoins/export.csv?territory=T8");

        assertThat(needsCsv.statusCode()).isEqualTo(200);
        assertThat(needsCsv.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("text/csv").contains("UTF-8"));
        assertThat(needsCsv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment", "besoins-de-locaux.csv"));
        CsvTable needs = CsvTable.parse(needsCsv.body());
        assertThat(needs.hasBom()).isTrue();
        assertThat(needs.headers()).startsWith("Référence", "Statut", "Structure", "SIRET ou RNA", "Usages",
                "Surface minimale (m²)", "Surface maximale (m²)");
        assertThat(needs.rows()).hasSize(json.readTree(api.get("/api/premises/needs?territory=T8&limit=1000").body())
                .size());
        Map<String, String> need = needs.row(needId).orElseThrow();
        assertThat(need).containsEntry("Statut", "Ouvert").containsEntry("Structure", "Bricothèque; \"La Clé\"")
                .containsEntry("SIRET ou RNA", siret).containsEntry("Surface minimale (m²)", "120")
                .containsEntry("Surface maximale (m²)", "250").containsEntry("Communes souhaitées", "Montreuil")
                .containsEntry("Loyer maximal (€/m²/an)", "90,00").containsEntry("Date souhaitée", "01/09/2026")
                .containsEntry("Type d'occupation", "Indifférent").containsEntry("Durée minimale (mois)", "24")
                .containsEntry("Accessibilité PMR requise", "Oui").containsEntry("Enregistré par", "sens");
        assertThat(need.get("Enregistré le")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

        CsvTable offers = CsvTable.parse(cell.download("/offres/export.csv").body());
        assertThat(offers.hasBom()).isTrue();
        assertThat(offers.headers()).contains("Adresse", "Commune", "Surface (m²)", "Loyer (€/m²/an)");
        assertThat(offers.row(offerId).orElseThrow()).containsEntry("Commune", "Montreuil")
                .containsEntry("Code INSEE", "93048").containsEntry("Code EPT", "T8").containsEntry("Territoire", "Est Ensemble")
                .containsEntry("Surface (m²)", "180").containsEntry("Loyer (€/m²/an)", "80,50")
                .containsEntry("Usages autorisés", "Atelier / production, Stockage")
                .containsEntry("Propriétaire", "Seine-Saint-Denis Habitat").containsEntry("Statut", "Disponible");
    }

    private String registerOrganisation(String name) {
        String siret = Sirets.next();
        HttpResponse<String> response = api.postJson("/api/organisations", """
                {"siret": "%s", "name": %s, "legalForm": "ASSOCIATION", "esus": true, "communeInsee": "93048"}"""
                .formatted(siret, json.writeValueAsString(name)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return siret;
    }

    private String createNeed(String siret, int min, int max, String communeInsee) {
        HttpResponse<String> created = api.postJson("/api/premises/needs",
                PremisesApiIT.need(siret, min, max, communeInsee));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private String createOffer(int surface, String communeInsee, String rent) {
        HttpResponse<String> created = api.postJson("/api/premises/offers",
                PremisesApiIT.offer(surface, communeInsee, rent));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private List<JsonNode> needsOf(String organisationId) {
        List<JsonNode> found = new java.util.ArrayList<>();
        json.readTree(api.get("/api/premises/needs?limit=1000").body()).forEach(n -> {
            if (organisationId.equals(n.get("organisationId").asString())) {
                found.add(n);
            }
        });
        return found;
    }
}
