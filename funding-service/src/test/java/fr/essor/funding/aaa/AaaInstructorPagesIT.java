package fr.essor.funding.aaa;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.RefusedSubmission;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.bson.Document;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instructor's pages of the Appel à Agir, used as a browser without JavaScript does: setting up a call, typing
 * in an application, the instruction forms of the application page and the bulk actions of the list.
 */
@EssorIntegrationTest
class AaaInstructorPagesIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"(AAA-[0-9]{4}-[0-9]{4})\"");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private static Map<String, String> callFields(int year, LocalDate opensOn) {
        Map<String, String> fields = new HashMap<>();
        fields.put("year", String.valueOf(year));
        fields.put("title", "Appel à Agir " + year);
        fields.put("themes", "Réemploi\nAlimentation durable");
        fields.put("operatingEnvelope", "800 000,00");
        fields.put("investmentEnvelope", "200 000");
        fields.put("opensOn", opensOn.format(FRENCH));
        fields.put("closesOn", opensOn.plusMonths(3).format(FRENCH));
        fields.put("twoYearApplications", "true");
        fields.put("grid[0].code", "utilite-sociale");
        fields.put("grid[0].label", "Utilité sociale");
        fields.put("grid[0].weight", "3");
        fields.put("grid[1].code", "ancrage");
        fields.put("grid[1].label", "Ancrage territorial");
        fields.put("grid[1].weight", "2");
        fields.put("target.T7", "25");
        return fields;
    }

    @Test
    void theDmtaSetsUpACallOnAPageAddsACriterionAndChangesItUntilItOpens() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        LocalDate nextMonth = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1);

        Map<String, String> withAnotherRow = callFields(year, nextMonth);
        withAnotherRow.put("grid", "add");
        HttpResponse<String> grown = dmta.submit("/appel-a-agir/nouveau", "/appel-a-agir/nouveau", withAnotherRow);
        assertThat(grown.statusCode()).isEqualTo(200);
        assertThat(grown.body()).contains("name=\"grid[2].code\"", "value=\"Ancrage territorial\"");
        assertThat(dmta.get("/api/calls/" + year).statusCode()).isEqualTo(404);

        Map<String, String> fields = callFields(year, nextMonth);
        fields.put("grid[2].code", "viabilite");
        fields.put("grid[2].label", "Viabilité");
        fields.put("grid[2].weight", "1");
        HttpResponse<String> created = dmta.submit("/appel-a-agir/nouveau", "/appel-a-agir/nouveau", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        assertThat(dmta.follow(created).body()).contains("Appel à Agir " + year + " est créé.");
        assertThat(dmta.get("/api/calls/" + year).body()).contains("\"viabilite\"", "\"T7\":25",
                "\"opensOn\":\"" + nextMonth + "\"");

        Map<String, String> changed = callFields(year, nextMonth);
        changed.put("title", "Appel à Agir " + year + " — quartiers");
        changed.put("grid", "remove-1");
        HttpResponse<String> shrunk = dmta.submit("/appel-a-agir/" + year + "/parametrage",
                "/appel-a-agir/" + year + "/parametrage", changed);
        assertThat(shrunk.body()).doesNotContain("value=\"Ancrage territorial\"").contains("value=\"Utilité sociale\"");
        changed.remove("grid");
        changed.remove("grid[1].code");
        changed.remove("grid[1].label");
        changed.remove("grid[1].weight");
        HttpResponse<String> saved = dmta.submit("/appel-a-agir/" + year + "/parametrage",
                "/appel-a-agir/" + year + "/parametrage", changed);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(dmta.get("/api/calls/" + year).body()).contains("quartiers").doesNotContain("\"ancrage\"");
    }

    @Test
    void aCallFormWithBadFieldsComesBackWithAFrenchMessageNextToEachFieldAndSavesNothing() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Map<String, String> fields = callFields(year, today);
        fields.put("operatingEnvelope", "huit cent mille");
        fields.put("closesOn", "31/02/" + today.getYear());

        HttpResponse<String> refused = dmta.submit("/appel-a-agir/nouveau", "/appel-a-agir/nouveau", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).as("the EPT targets typed are kept")
                .containsPattern("id=\"target\\.T7\"[^>]*value=\"25\"")
                .contains("Cible Paris Terres d&#39;Envol (T7) (%)");
        RefusedSubmission.assertPresented(refused.body());
        assertThat(refused.body()).contains("Rien n’a été enregistré.", "Nombre invalide",
                "aria-describedby=\"operatingEnvelope-erreur\"", "Date invalide : utilisez le format jj/mm/aaaa.",
                "aria-describedby=\"closesOn-aide closesOn-erreur\"", "value=\"huit cent mille\"");
        fields.put("operatingEnvelope", "800 000");
        fields.put("closesOn", today.minusDays(1).format(FRENCH));
        fields.put("grid[0].weight", "0");
        HttpResponse<String> breaksRules = dmta.submit("/appel-a-agir/nouveau", "/appel-a-agir/nouveau", fields);
        assertThat(breaksRules.statusCode()).isEqualTo(400);
        assertThat(breaksRules.body()).contains("La clôture ne peut pas précéder l&#39;ouverture.",
                "Le poids d&#39;un critère est un entier de 1 à 100.", "aria-describedby=\"grid-erreur\"");
        assertThat(dmta.get("/api/calls/" + year).statusCode()).isEqualTo(404);
        assertThat(SignedInBrowser.withToken(port, "djva").page("/appel-a-agir/nouveau").statusCode())
                .isEqualTo(403);
    }

    @Test
    void anOpenCallIsNoLongerChanged() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        assertThat(dmta.json("POST", "/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(201);
        Map<String, String> fields = callFields(year, LocalDate.now(FrenchFormat.PARIS).minusDays(10));

        HttpResponse<String> refused = dmta.submit("/appel-a-agir/" + year + "/parametrage",
                "/appel-a-agir/" + year + "/parametrage", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ses règles ne se modifient plus");
        assertThat(dmta.json("PUT", "/api/calls/" + year, AaaBodies.call(year)).body()).contains("call.opened");
    }

    @Test
    void anAgentTypesInAnApplicationForARegisteredOrganisationAndSeesAProbableDuplicate() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        assertThat(dmta.json("POST", "/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(201);
        String siret = Sirets.next();
        assertThat(dmta.json("POST", "/api/organisations", AaaBodies.organisation(siret)).statusCode())
                .isEqualTo(201);
        String entry = "/appel-a-agir/" + year + "/candidatures/nouvelle";

        String unknown = Sirets.next();
        HttpResponse<String> notRegistered = dmta.submitMultiValued(entry, entry, Map.of("organisation",
                List.of(unknown), "lookup", List.of("true")));
        assertThat(notRegistered.body()).contains("Aucune structure n&#39;est enregistrée sous le SIRET, le RNA ou le nom « "
                + unknown, "name=\"detour\" value=\"organisation\"", "Enregistrer cette structure",
                "Structure introuvable :").doesNotContain("Rien n’a été enregistré");
        HttpResponse<String> found = dmta.submitMultiValued(entry, entry, Map.of("organisation", List.of(siret),
                "lookup", List.of("true")));
        assertThat(found.body()).contains("Structure : Recyclerie " + siret);
        // a structure is found as people type it: a SIRET with spaces, a part of its name in any case
        String spaced = Sirets.spaced(siret);
        assertThat(dmta.submitMultiValued(entry, entry, Map.of("organisation", List.of(spaced), "lookup",
                List.of("true"))).body()).contains("Structure : Recyclerie " + siret, "— " + siret);
        assertThat(dmta.submitMultiValued(entry, entry, Map.of("organisation", List.of("CYCLERIE " + siret), "lookup", List.of("true"))).body()).contains("Structure : Recyclerie " + siret);
        String other = Sirets.next();
        assertThat(dmta.json("POST", "/api/organisations", AaaBodies.organisation(other)).statusCode())
                .isEqualTo(201);
        assertThat(dmta.submitMultiValued(entry, entry, Map.of("organisation", List.of("recyclerie"), "lookup",
                List.of("true"))).body()).contains("Plusieurs structures correspondent à « recyclerie »")
                .doesNotContain("Structure : Recyclerie");

        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("organisation", List.of(spaced));
        fields.put("title", List.of("Vélos du quartier"));
        fields.put("summary", List.of("Réparer des vélos en pied d'immeuble"));
        fields.put("theme", List.of("Réemploi"));
        fields.put("durationYears", List.of("2"));
        fields.put("amounts.firstYearOperating", List.of("10 000"));
        fields.put("amounts.firstYearInvestment", List.of("2 000,50"));
        fields.put("amounts.secondYearOperating", List.of("8 000"));
        fields.put("projectBudget", List.of("52 000"));
        fields.put("communeInsees", List.of("93066", "93048"));
        fields.put("qpv", List.of("true"));
        fields.put("receivedOn", List.of(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1).format(FRENCH)));
        HttpResponse<String> receivedTomorrow = dmta.submitMultiValued(entry, entry, fields);
        assertThat(receivedTomorrow.statusCode()).isEqualTo(400);
        assertThat(receivedTomorrow.body()).contains("La date de réception ne peut pas être dans le futur.",
                "aria-describedby=\"receivedOn-aide receivedOn-erreur\"", "value=\"Vélos du quartier\"");
        fields.put("receivedOn", List.of(""));
        HttpResponse<String> created = dmta.submitMultiValued(entry, entry, fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String page = dmta.follow(created).body();
        assertThat(page).contains("est enregistrée.", "Vélos du quartier", "Recyclerie " + siret,
                "Saint-Denis (Plaine Commune), Montreuil (Est Ensemble)", "Oui (déclaré)", "20\u202f000,50 €",
                "Saisie par un agent", "Demandé la 2e année");

        HttpResponse<String> again = dmta.submitMultiValued(entry, entry, fields);
        assertThat(dmta.follow(again).body()).contains("Attention : doublon probable de la candidature",
                "Doublon probable de la candidature");

        fields.put("durationYears", List.of("1"));
        fields.remove("amounts.secondYearOperating");
        fields.put("title", List.of("Vélos de l'école"));
        String oneYear = dmta.follow(dmta.submitMultiValued(entry, entry, fields)).body();
        assertThat(oneYear).as("a one-year project has no second year to show")
                .contains("Vélos de l&#39;école", "Demandé la 1re année").doesNotContain("Demandé la 2e année");
    }

    @Test
    void aCallNotYetOpenSaysSoBeforeTheFormAndARefusedAttemptDrawsNoFileNumber() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        LocalDate nextMonth = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1);
        HttpResponse<String> created = dmta.submit("/appel-a-agir/nouveau", "/appel-a-agir/nouveau",
                callFields(year, nextMonth));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String siret = Sirets.next();
        assertThat(dmta.json("POST", "/api/organisations", AaaBodies.organisation(siret)).statusCode())
                .isEqualTo(201);
        String entry = "/appel-a-agir/" + year + "/candidatures/nouvelle";

        String blank = dmta.page(entry).body();
        assertThat(blank).contains("ne reçoit pas de candidature aujourd&#39;hui : il est ouvert du "
                + nextMonth.format(FRENCH)).doesNotContain("aria-label=\"Saisie d&#39;une candidature\"");

        HttpResponse<String> refused = dmta.submitMultiValued(entry, entry, Map.of("organisation", List.of(siret),
                "title", List.of("Vélos du quartier"), "summary", List.of("Un résumé"), "theme", List.of("Réemploi"),
                "durationYears", List.of("1"), "amounts.firstYearOperating", List.of("10 000"),
                "projectBudget", List.of("50 000"), "communeInsees", List.of("93066")));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("ne reçoit pas de candidature aujourd&#39;hui");
        assertThat(mongo.getCollection("aaa_sequences").countDocuments(new Document("_id", "AAA-" + year)))
                .as("no file number drawn for the refused attempt").isZero();
        assertThat(dmta.get("/api/calls/" + year + "/applications").body()).isEqualTo("[]");
    }

    @Test
    void registeringTheStructureOnTheWayKeepsTheApplicationTyped() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        assertThat(dmta.json("POST", "/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(201);
        String entry = "/appel-a-agir/" + year + "/candidatures/nouvelle";
        String siret = Sirets.next();

        HttpResponse<String> detour = dmta.submitMultiValued(entry, "/structures/nouvelle", Map.of(
                "organisation", List.of(siret), "title", List.of("Vélos du quartier"),
                "summary", List.of("Réparer des vélos"), "communeInsees", List.of("93066", "93048"),
                "detour", List.of("organisation"), "retour", List.of(entry)));
        assertThat(detour.statusCode()).isEqualTo(200);
        assertThat(detour.body()).containsPattern("id=\"siret\"[^>]*value=\"" + siret + "\"");

        HttpResponse<String> registered = dmta.submitMultiValued("/structures/nouvelle", "/structures/nouvelle",
                Map.of("siret", List.of(siret), "name", List.of("Recyclerie du Canal"),
                        "legalForm", List.of("ASSOCIATION"), "communeInsee", List.of("93066"),
                        "retour", List.of(entry), "kept.organisation", List.of(siret),
                        "kept.title", List.of("Vélos du quartier"), "kept.summary", List.of("Réparer des vélos"),
                        "kept.communeInsees", List.of("93066", "93048")));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);

        String back = dmta.follow(registered).body();
        assertThat(back).contains("Structure : Recyclerie du Canal", "value=\"Vélos du quartier\"",
                "Réparer des vélos</textarea>").containsPattern("value=\"93048\"[^>]*selected");
    }

    @Test
    void aRefusedApplicationFormKeepsWhatWasTypedAndSaysWhyNextToEachField() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        assertThat(dmta.json("POST", "/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(201);
        String siret = Sirets.next();
        assertThat(dmta.json("POST", "/api/organisations", AaaBodies.organisation(siret)).statusCode())
                .isEqualTo(201);
        String entry = "/appel-a-agir/" + year + "/candidatures/nouvelle";

        HttpResponse<String> refused = dmta.submitMultiValued(entry, entry, Map.of("organisation", List.of(siret),
                "summary", List.of("Un résumé"), "theme", List.of("Réemploi"), "durationYears", List.of("1"),
                "amounts.firstYearOperating", List.of("dix mille"), "projectBudget", List.of("5 000"),
                "communeInsees", List.of("93066")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Donnez un titre au projet", "aria-describedby=\"title-erreur\"",
                "aria-describedby=\"amounts.firstYearOperating-erreur\"", "value=\"dix mille\"");
        assertThat(dmta.get("/api/calls/" + year + "/applications").body()).isEqualTo("[]");
    }

    @Test
    void theApplicationPageAssignsRecordsAConflictAnOpinionAndRunsTheCorrectionLoop() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        SignedInBrowser djva = SignedInBrowser.withToken(port, "djva");
        String id = application(dmta, AaaBodies.freshYear(), true);
        String page = "/candidatures/" + id;

        assertThat(dmta.submitMultiValued(page, page + "/directions", Map.of("directorates", List.of("DJVA", "DTER")))
                .statusCode()).isEqualTo(302);
        assertThat(dmta.page(page).body()).contains("Directions instructrices désignées", "DJVA, DTER");
        step(dmta, id, "DECLARE_ADMISSIBLE", "Complet");
        step(dmta, id, "START_REVIEW", "");
        step(dmta, id, "REQUEST_CORRECTION", "Joindre le budget signé");
        assertThat(dmta.page(page).body()).contains("Correction demandée", "Joindre le budget signé");
        step(dmta, id, "RECEIVE_CORRECTION", "Budget reçu");
        assertThat(dmta.page(page).body()).contains("<dd id=\"statut\">En instruction</dd>");

        HttpResponse<String> conflict = djva.submit(page, page + "/conflit", Map.of("conflictReason",
                "Je siège au conseil d'administration"));
        assertThat(conflict.statusCode()).isEqualTo(302);
        String djvaPage = djva.page(page).body();
        assertThat(djvaPage).contains("Vous avez déclaré un conflit d&#39;intérêts", "ne pouvez pas la noter")
                .doesNotContain("Enregistrer ma notation");
        HttpResponse<String> scored = djva.submit(page, page + "/notation", Map.of("scores.utilite-sociale", "4",
                "scores.ancrage", "4", "scores.viabilite", "4"));
        assertThat(scored.statusCode()).isEqualTo(403);
        assertThat(scored.body()).contains("Vous avez déclaré un conflit d&#39;intérêts sur cette candidature");

        step(dmta, id, "REQUEST_TERRITORY_OPINION", "");
        HttpResponse<String> unexplained = dmta.submit(page, page + "/avis", Map.of("territoryCode", "T6",
                "opinion", "RESERVED"));
        assertThat(unexplained.statusCode()).isEqualTo(400);
        assertThat(unexplained.body()).contains("Un avis réservé ou défavorable est motivé.",
                "aria-describedby=\"comment-erreur\"");
        assertThat(dmta.submit(page, page + "/avis", Map.of("territoryCode", "T6", "opinion", "RESERVED",
                "comment", "Doublon possible avec un dispositif de la ville")).statusCode()).isEqualTo(302);
        assertThat(dmta.page(page).body()).contains("Plaine Commune (T6) : Réservé — Doublon possible avec un dispositif de la ville "
                + "(dmta, saisi par un agent)");
    }

    @Test
    void aBulkActionAppliesToEachCheckedApplicationOnItsOwnAndReportsWhatItRefused() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        String first = application(dmta, year, true);
        String second = application(dmta, year, false);
        step(dmta, second, "DECLARE_ADMISSIBLE", "Complet");
        String list = "/appel-a-agir/" + year;

        HttpResponse<String> nothingChecked = dmta.submitMultiValued(list, list + "/actions-groupees",
                Map.of("bulkAction", List.of("DECLARE_ADMISSIBLE")));
        assertThat(nothingChecked.statusCode()).isEqualTo(400);
        assertThat(nothingChecked.body()).contains("Cochez au moins une candidature.");

        HttpResponse<String> bulk = dmta.submitMultiValued(list, list + "/actions-groupees", Map.of(
                "ids", List.of(first, second), "bulkAction", List.of("DECLARE_ADMISSIBLE"),
                "bulkReason", List.of("Pièces vérifiées")));

        assertThat(bulk.statusCode()).isEqualTo(200);
        assertThat(bulk.body()).contains("1 candidature traitée, 1 refusée",
                "Chaque candidature est enregistrée séparément",
                "Impossible de déclarer recevable une candidature « Recevable »");
        assertThat(dmta.get("/api/applications/" + first).body()).contains("\"status\":\"ADMISSIBLE\"");

        HttpResponse<String> assigned = dmta.submitMultiValued(list, list + "/actions-groupees", Map.of(
                "ids", List.of(first, second), "bulkAction", List.of("ASSIGN"), "bulkDirectorates", List.of("DIEESS")));
        assertThat(assigned.body()).contains("2 candidatures traitées, 0 refusée");
        assertThat(dmta.get("/api/applications/" + second).body()).contains("DIEESS");
    }

    private String application(SignedInBrowser dmta, int year, boolean newCall) {
        if (newCall) {
            assertThat(dmta.json("POST", "/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(201);
        }
        String siret = Sirets.next();
        assertThat(dmta.json("POST", "/api/organisations", AaaBodies.organisation(siret)).statusCode())
                .isEqualTo(201);
        HttpResponse<String> created = dmta.json("POST", "/api/calls/" + year + "/applications",
                AaaBodies.application(siret, "Atelier vélo " + siret));
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return id.group(1);
    }

    private static void step(SignedInBrowser agent, String id, String action, String reason) {
        HttpResponse<String> posted = agent.submit("/candidatures/" + id, "/candidatures/" + id + "/etapes",
                Map.of("action", action, "reason", reason));
        assertThat(posted.statusCode()).as(action + ": " + posted.body()).isEqualTo(302);
    }
}
