package fr.essor.procurement.contracts;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract pages as a buyer's browser uses them: session, CSRF token, form posts, French errors. */
@EssorIntegrationTest
class ContractPagesIT {

    @LocalServerPort
    int port;

    @Test
    void aBuyerAwardsAReservedContractFromItsPageAndSeesTheRefusalNextToTheField() {
        SignedInBrowser browser = SignedInBrowser.withToken(port, "achats");
        Api api = Api.at(port).as("achats");
        String ea = organisation(api, "Entreprise adaptée du Canal", "ESS_COMPANY", "EA", false);
        String aci = organisation(api, "Chantier du Canal", "ASSOCIATION", "ACI", false);
        String ref = reference();
        assertThat(api.postJson("/api/contracts", contract(ref, "L2113-12", "79342000", "[]", 0)).statusCode())
                .isEqualTo(201);
        String id = ref + "-L1";

        String contractPage = "/marches/" + id;
        HttpResponse<String> page = browser.page(contractPage);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Attribuer le marché", "Réservé aux entreprises adaptées et ESAT (L2113-12)",
                "190\u202f000,00 €", "Marché réservé aux entreprises adaptées et ESAT (L2113-12) : seul un titulaire");

        HttpResponse<String> refused = browser.submit(contractPage, contractPage + "/attribution", Map.of(
                "siret", aci, "amount", "45 000,50", "notifiedOn", "15/01/2026", "offersReceived", "2"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("aria-describedby=\"siret-erreur\"", "id=\"siret-erreur\"",
                "Chantier du Canal ne peut pas être titulaire de ce marché réservé (L2113-12)", "45 000,50");

        // an amount copied from a page keeps its no-break spaces (U+00A0 before, U+202F now): still a number
        HttpResponse<String> awarded = browser.submit(contractPage, contractPage + "/attribution", Map.of(
                "siret", ea, "amount", "45\u00a0000,50", "notifiedOn", "15/01/2026", "offersReceived", "2"));

        assertThat(awarded.statusCode()).isEqualTo(302);
        HttpResponse<String> after = browser.page(contractPage);
        assertThat(after.body()).contains("Le marché est attribué à Entreprise adaptée du Canal.",
                "Notifié le 15/01/2026 pour 45\u202f000,50 € HT").doesNotContain("Attribuer le marché");
        // the thousands as every service writes them: a narrow no-break space (U+202F), never U+00A0
        assertThat(after.body()).doesNotContainPattern("\\d\u00a0\\d");
        assertThat(browser.page("/marches?reservation=L2113-12&status=AWARDED").body()).contains(id);

        // the awardee is in the registry but nobody described its supplier profile: its link is not a 404
        assertThat(after.body()).contains("href=\"/fournisseurs/" + ea + "\"");
        HttpResponse<String> awardee = browser.page("/fournisseurs/" + ea);
        assertThat(awardee.statusCode()).isEqualTo(200);
        assertThat(awardee.body()).contains("Entreprise adaptée du Canal", "pas encore été décrit", id,
                "décrire son offre").doesNotContain("Modifier la fiche");

        // and the directory lists it among the awardees whose offer remains to be described, not « aucun fournisseur »
        String directory = browser.page("/fournisseurs?q=" + java.net.URLEncoder.encode("Adaptée du Canal",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        String undescribed = directory.substring(directory.indexOf("id=\"titulaires-non-decrits\""));
        assertThat(undescribed).contains("href=\"/fournisseurs/" + ea + "\">Entreprise adaptée du Canal</a>")
                .doesNotContain("Chantier du Canal");
        assertThat(browser.page("/fournisseurs?sector=77").body()).doesNotContain("titulaires-non-decrits");
    }

    @Test
    void aBuyerOpensAContractFromThePageThenRecordsAnAvenantWhoseHistoryShowsWhoAndWhen() {
        SignedInBrowser browser = SignedInBrowser.withToken(port, "achats");
        Api api = Api.at(port).as("achats");
        String ref = reference();
        Map<String, List<String>> fields = new HashMap<>(Map.ofEntries(
                Map.entry("reference", List.of(ref)), Map.entry("lot", List.of("")),
                Map.entry("object", List.of("Nettoyage des collèges de Plaine Commune")),
                Map.entry("procedure", List.of("OPEN_TENDER")), Map.entry("cpvCode", List.of("90910000-9")),
                Map.entry("estimatedAmount", List.of("250 000,00")), Map.entry("startOn", List.of("01/05/2026")),
                Map.entry("durationMonths", List.of("36")), Map.entry("buyerDirectorate", List.of("dbl")),
                Map.entry("executionCommune", List.of("93066")), Map.entry("reservation", List.of("NONE")),
                Map.entry("socialConsiderations", List.of("SOCIAL_CLAUSE", "SOCIAL_CRITERION")),
                Map.entry("environmentalConsiderations", List.of("ENVIRONMENTAL_CLAUSE")),
                Map.entry("insertionHoursPlanned", List.of("")), Map.entry("ccag", List.of("SUPPLIES_AND_SERVICES")),
                Map.entry("priceForm", List.of("UNIT"))));

        HttpResponse<String> refused = browser.submitMultiValued("/marches/nouveau", "/marches", fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("aria-describedby=\"insertionHoursPlanned-erreur\"",
                "href=\"#insertionHoursPlanned\"",
                "Une clause sociale d&#39;insertion prévoit un nombre d&#39;heures d&#39;insertion.",
                "Nettoyage des collèges de Plaine Commune", "250 000,00");
        assertThat(api.get("/api/contracts/" + ref).statusCode()).as("nothing half-written").isEqualTo(404);

        fields.put("insertionHoursPlanned", List.of("1200"));
        HttpResponse<String> opened = browser.submitMultiValued("/marches/nouveau", "/marches", fields);

        assertThat(opened.statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.follow(opened);
        assertThat(page.body()).contains("Le marché " + ref + " est enregistré en consultation.",
                "90910000-9 (division 90 — Services d&#39;assainissement, de nettoyage",
                "du 01/05/2026 au 30/04/2029 (36 mois)", "Clause sociale, Critère social", "1\u202f200");
        assertThat(api.get("/api/contracts/" + ref).body()).contains("\"buyerDirectorate\":\"DBL\"");

        String siret = organisation(api, "Régie de quartier de Saint-Denis", "ASSOCIATION", "EI", false);
        assertThat(api.postJson("/api/contracts/" + ref + "/award", ProcurementFixtures.award(siret, "240000"))
                .statusCode()).isEqualTo(200);
        String contractPage = "/marches/" + ref;
        assertThat(browser.page(contractPage).body()).contains("Aucun avenant pour l'instant.",
                "Enregistrer un avenant");

        HttpResponse<String> emptyAvenant = browser.submit(contractPage, contractPage + "/modifications",
                Map.of("notifiedOn", "15/03/2026", "amount", "", "endOn", "", "reason", ""));
        assertThat(emptyAvenant.statusCode()).isEqualTo(400);
        assertThat(emptyAvenant.body()).contains("id=\"amount-erreur\"",
                "Une modification change la durée, le montant, ou les deux.", "id=\"reason-erreur\"");

        HttpResponse<String> avenant = browser.submit(contractPage, contractPage + "/modifications",
                Map.of("notifiedOn", "15/03/2026", "amount", "264\u202f000,00", "endOn", "31/10/2029",
                        "reason", "Ajout de deux collèges au périmètre"));

        assertThat(avenant.statusCode()).isEqualTo(302);
        assertThat(browser.follow(avenant).body()).contains("L&#39;avenant n° 1 est enregistré : montant actuel 264\u202f000,00 € HT, exécution jusqu&#39;au "
                        + "31/10/2029 (42 mois).", "42 mois",
                "264\u202f000,00 €", "Ajout de deux collèges au périmètre", "par achats",
                "du 01/05/2026 au 31/10/2029 (42 mois)");
    }
}
