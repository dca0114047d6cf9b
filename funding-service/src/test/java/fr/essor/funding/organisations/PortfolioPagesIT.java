package fr.essor.funding.organisations;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.funding.TestYears;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SCIC portfolio, the loan guarantees and an organisation's cross-directorate page, as a signed-in browser
 * without JavaScript uses them (forms with their CSRF token, French amounts and dates).
 */
@EssorIntegrationTest
class PortfolioPagesIT {

    private static final EventContracts CONTRACTS = EventContracts.load();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    String register(SignedInBrowser agent, String name) {
        String siret = Sirets.next();
        HttpResponse<String> created = agent.json("POST", "/api/organisations", """
                {"siret":"%s","name":"%s","legalForm":"SCIC","esus":true,"inclusionType":null,"communeInsee":"93066"}\
                """.formatted(siret, name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return siret;
    }

    @Test
    void thePortfolioShowsTheSixStakesOfTheRoadmapAndWhatIsLeftToComplete() {
        SignedInBrowser djva = SignedInBrowser.withToken(port, "djva");

        String portfolio = djva.page("/scic").body();
        String novaedia = djva.page("/scic/SCIC-NOVAEDIA").body();

        assertThat(djva.page("/").body()).contains("href=\"/scic\"", "href=\"/garanties\"", "href=\"/structures\"");
        assertThat(portfolio).contains("Novaedia", "Le Relais Restauration", "Coop Bio Île-de-France", "MAZE",
                "Paysan urbain", "Label Gamelle", "restent à compléter", "à compléter");
        assertThat(novaedia).contains("Participation dans Novaedia", "À compléter", "feuille de route ESS 2024-2028")
                .doesNotContain("Enregistrer la prise de participation");
        assertThat(SignedInBrowser.withToken(port, "sens").page("/scic/SCIC-NOVAEDIA").body())
                .contains("Enregistrer la prise de participation");
    }

    @Test
    void theDieessRecordsAStakesFiguresInFrenchThenAnIncreaseAboveHalfComesBackWithTheErrorNextToTheField() {
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        String siret = register(sens, "Coop Bio Île-de-France");
        String page = "/scic/SCIC-COOP-BIO-IDF";
        String toComplete = sens.page(page).body();
        FormMarks.assertDateField(toComplete, "acquiredOn");
        FormMarks.assertRequired(FormMarks.form(toComplete, page + "/acquisition"), "organisation", "shares",
                "capitalHeld", "scicCapital", "acquiredOn", "deliberationReference");

        // the SCIC is named as people type it: a part of its name, accents and case aside
        HttpResponse<String> completed = sens.submit(page, page + "/acquisition", Map.of("organisation",
                "coop bio ile-de-FRANCE",
                "shares", "125", "capitalHeld", "12 500,00", "scicCapital", "100 000", "acquiredOn", "28/06/2021",
                "deliberationReference", "CD-2021-06-24-0112"));
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(302);
        String held = sens.page(page).body();
        assertThat(held).contains("Détenue", "12\u202f500,00 €",
                "12,5 %", "28/06/2021", "CD-2021-06-24-0112", "Augmenter, réduire ou corriger");
        // the stake names its SCIC by SIRET: a link to the cross-directorate page for an agent, plain text for an
        // EPT account, which reads the stake but may not open that page (organisations/link :: structure)
        assertThat(held).contains("href=\"/structures/" + siret + "\"");
        HttpResponse<String> eptStake = SignedInBrowser.withToken(port, "ept-plaine-commune").page(page);
        assertThat(eptStake.statusCode()).isEqualTo(200);
        assertThat(eptStake.body()).contains("<span>" + siret + "</span>", "12\u202f500,00 €")
                .doesNotContain("href=\"/structures/" + siret + "\"");
        for (String date : List.of("changedOn", "soldOn", "heldOn")) {
            FormMarks.assertDateField(held, date);
        }
        FormMarks.assertRequired(FormMarks.form(held, page + "/changement"), "change", "shares", "capitalHeld",
                "scicCapital", "changedOn");
        FormMarks.assertRequired(FormMarks.form(held, page + "/cession"), "soldOn", "saleAmount",
                "saleDeliberationReference");
        FormMarks.assertRequired(FormMarks.form(held, page + "/assemblees"), "heldOn", "resolutions");

        HttpResponse<String> aboveHalf = sens.submit(page, page + "/changement", Map.of("change", "INCREASE",
                "shares", "600", "capitalHeld", "60 000", "scicCapital", "100 000", "changedOn", "2026-02-10",
                "deliberationReference", "CD-2026-02-05-0010"));
        assertThat(aboveHalf.statusCode()).isEqualTo(400);
        assertThat(aboveHalf.body()).contains("Rien n’a été enregistré", "id=\"capitalHeld-erreur\"",
                "aria-describedby=\"capitalHeld-erreur\"", "plus de 50 %", "60,00 %");

        HttpResponse<String> djva = SignedInBrowser.withToken(port, "djva").submit("/scic/SCIC-NOVAEDIA",
                "/scic/SCIC-COOP-BIO-IDF/gouvernance", Map.of("representative", "M. X", "college", "Collectivités"));
        assertThat(djva.statusCode()).isEqualTo(403);
    }

    @Test
    void anOrganisationsPageGathersItsApplicationsAndGuaranteesAndTwoUndecidedApplicationsAreNoDoubleFunding() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        String siret = register(dmta, "Vélos du Canal");
        int year = TestYears.consecutive(2); // two editions in a row: year and year + 1
        String first = submittedApplication(dmta, year, siret, "L'atelier vélo solidaire", 2);
        String second = submittedApplication(dmta, year + 1, siret, "Atelier vélo solidaire (suite)", 1);

        String spaced = Sirets.spaced(siret);
        HttpResponse<String> guarantee = sens.submit("/garanties", "/garanties", Map.of("organisation", spaced,
                "lender", "Crédit Coopératif", "loanAmount", "200 000", "guaranteedShare", "50",
                "durationMonths", "84", "grantedOn", "30/06/2026", "deliberationReference", "CD-2026-06-25-0140"));
        assertThat(guarantee.statusCode()).as(guarantee.body()).isEqualTo(302);
        String guarantees = sens.page("/garanties").body();
        FormMarks.assertDateField(guarantees, "grantedOn");
        FormMarks.assertDateField(guarantees, "outstandingOn");
        FormMarks.assertRequired(FormMarks.form(guarantees, "/garanties"), "organisation", "lender", "loanAmount",
                "guaranteedShare", "durationMonths", "grantedOn", "deliberationReference");
        FormMarks.assertRequired(FormMarks.form(guarantees, "/garanties/encours"), "outstandingPrincipal",
                "outstandingOn");
        assertThat(guarantees).contains("Vélos du Canal", "Crédit Coopératif", "200\u202f000,00 €", "50 %",
                "100\u202f000,00 €", "84 mois", "30/06/2026");

        String page = dmta.page("/structures/" + siret).body();
        assertThat(page).contains("Vélos du Canal", first, second, "Déposée", "20\u202f000,00 €",
                "L&#39;atelier vélo solidaire", "Crédit Coopératif", "Exposition du Département", "100\u202f000,00 €",
                "Le Département ne détient pas de part de cette structure.")
                .doesNotContain("Double financement possible");
        assertThat(dmta.page("/structures").body()).contains("/structures/" + siret);
        assertThat(SignedInBrowser.withToken(port, "ept-plaine-commune").page("/structures/" + siret).statusCode())
                .isEqualTo(403);
        // an EPT reads the guarantees, but not the cross-directorate page: the borrower's name is no link to a 403
        String eptGuarantees = SignedInBrowser.withToken(port, "ept-plaine-commune").page("/garanties").body();
        assertThat(eptGuarantees).contains("Vélos du Canal").doesNotContain("href=\"/structures/" + siret + "\"");
        assertThat(guarantees).contains("href=\"/structures/" + siret + "\"");

        List<TopicProbe.Received> facts = await().atMost(Duration.ofSeconds(20)).until(() -> TopicProbe
                .ofTestInfrastructure().readAll("essor.funding.loan-guarantees").stream()
                .filter(r -> r.value().contains(siret)).toList(), found -> !found.isEmpty());
        TopicProbe.Received granted = facts.getFirst();
        assertThat(granted.header("ce_type")).isEqualTo("fr.essor.funding.loan-guarantee-granted.v1");
        assertThat(CONTRACTS.violations(granted.header("ce_type"), granted.value())).isEmpty();
        assertThat(json.readTree(granted.value()).get("guaranteedAmount").decimalValue())
                .isEqualByComparingTo("100000");
        assertThat(granted.key()).isEqualTo(json.readTree(granted.value()).get("guaranteeId").asString());
    }

    String submittedApplication(SignedInBrowser dmta, int year, String siret, String title, int duration) {
        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        dmta.json("POST", "/api/calls", """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],"operatingEnvelope":800000,\
                "investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s","twoYearApplications":true,\
                "grid":[{"code":"utilite","label":"Utilité sociale","weight":1}]}""".formatted(year, year,
                today.minusDays(10), today.plusDays(10)));
        HttpResponse<String> created = dmta.json("POST", "/api/calls/" + year + "/applications", """
                {"organisation":"%s","title":"%s","summary":"Réparer des vélos","theme":"Réemploi",\
                "amounts":{"firstYearOperating":20000},"durationYears":%d,"communeInsees":["93066"],"qpv":false,\
                "projectBudget":50000,"incubation":false}""".formatted(siret, title, duration));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        return id;
    }
}
