package fr.essor.funding.cpo;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.testing.RefusedSubmission;

import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CPO pages as a signed-in browser without JavaScript uses them: a CPO drawn up in French amounts and dates,
 * refused terms back with their messages next to the fields and nothing stored, the signature, a payment, a payment
 * not released yet and an unjustified unfavourable review refused; the organisation's page lists the CPO and warns of
 * an application for the project the CPO already funds.
 */
@EssorIntegrationTest
class CpoPagesIT {

    static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int FIRST_YEAR = 2082;

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    Map<String, String> terms(String siret) {
        Map<String, String> form = new HashMap<>(Map.of("organisation", siret, "leadDirectorate", "DIEESS",
                "title", "Atelier vélo solidaire", "decisionReference", "CD-2026-03-10-0021",
                "decidedOn", LocalDate.now(FrenchFormat.PARIS).minusDays(30).format(FRENCH), "objective1", "Réparer des vélos",
                "indicator1", "Vélos réparés par an", "target1", "500"));
        form.putAll(Map.of("year1", String.valueOf(FIRST_YEAR), "operating1", "50 000,00", "investment1", "10 000",
                "year2", String.valueOf(FIRST_YEAR + 1), "operating2", "60 000", "investment2", ""));
        return form;
    }

    @Test
    void aCpoIsDrawnUpSignedAndPaidFromItsPagesAndWhatIsRefusedComesBackNextToItsField() throws Exception {
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        String siret = Sirets.next();
        assertThat(sens.json("POST", "/api/organisations", """
                {"siret":"%s","name":"Vélos du Canal","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"93066"}""".formatted(siret)).statusCode()).isEqualTo(201);
        assertThat(sens.page("/").body()).contains("href=\"/cpo\"", "href=\"/tableau-de-bord\"");
        int before = json.readTree(sens.get("/api/cpos").body()).size();
        String blank = sens.page("/cpo").body();
        FormMarks.assertDateField(blank, "decidedOn");
        FormMarks.assertRequired(FormMarks.form(blank, "/cpo"), "organisation", "leadDirectorate", "title", "years",
                "objectives", "decisionReference", "decidedOn");

        Map<String, String> unreadable = terms(siret);
        unreadable.put("investment1", "10 000,0x");
        unreadable.put("decidedOn", "31/02/2026");
        HttpResponse<String> misread = sens.submit("/cpo", "/cpo", unreadable);
        assertThat(misread.statusCode()).isEqualTo(400);
        assertThat(misread.body()).contains("Rien n’a été enregistré", "id=\"investment1-erreur\"",
                "aria-describedby=\"investment1-erreur\"", "Nombre invalide", "id=\"decidedOn-erreur\"",
                "Date invalide", "value=\"50 000,00\"");
        Map<String, String> gap = terms(siret);
        gap.put("year2", String.valueOf(FIRST_YEAR + 2));
        gap.put("indicator1", "");
        HttpResponse<String> refused = sens.submit("/cpo", "/cpo", gap);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Rien n’a été enregistré", "id=\"years-erreur\"",
                "aria-describedby=\"years-erreur\"", "Les années se suivent", "id=\"objectives-erreur\"",
                "Chaque objectif a un libellé et un indicateur", "value=\"Atelier vélo solidaire\"");
        RefusedSubmission.assertPresented(refused.body());
        Map<String, String> unknown = terms("98765432100099");
        HttpResponse<String> stranger = sens.submit("/cpo", "/cpo", unknown);
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("id=\"organisation-erreur\"", "Aucune structure du répertoire");
        assertThat(json.readTree(sens.get("/api/cpos").body()).size()).isEqualTo(before);

        HttpResponse<String> drawn = sens.submit("/cpo", "/cpo", terms(siret));
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(302);
        String location = drawn.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String page = "/cpo/" + id;
        assertThat(sens.follow(drawn).body()).contains("est établie", "À signer", "Vélos du Canal",
                "120\u202f000,00 €", "Réparer des vélos", "Vélos réparés par an", "cible : 500",
                "En attente : versée au bilan annuel favorable de " + FIRST_YEAR, "Enregistrer la signature",
                "/cpo/" + id + "/convention.pdf");
        assertThat(sens.page("/cpo").body()).contains(id, "Atelier vélo solidaire", FIRST_YEAR + "-" + (FIRST_YEAR + 1));
        FormMarks.assertDateField(sens.page(page).body(), "signedOn");

        HttpResponse<String> early = sens.submit(page, page + "/signature",
                Map.of("signedOn", LocalDate.now(FrenchFormat.PARIS).plusDays(3).format(FRENCH)));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("id=\"signedOn-erreur\"", "entre la délibération");
        HttpResponse<String> djva = SignedInBrowser.withToken(port, "djva").submit(page, page + "/signature",
                Map.of("signedOn", LocalDate.now(FrenchFormat.PARIS).minusDays(10).format(FRENCH)));
        assertThat(djva.statusCode()).isEqualTo(403);
        HttpResponse<String> signed = sens.submit(page, page + "/signature",
                Map.of("signedOn", LocalDate.now(FrenchFormat.PARIS).minusDays(10).format(FRENCH)));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(302);
        String running = sens.page(page).body();
        assertThat(running).contains("En cours", "Débloquée", "Bilan annuel " + FIRST_YEAR,
                "Enregistrer un versement");
        FormMarks.assertDateField(running, "reviewedOn");
        FormMarks.assertDateField(running, "paidOn");
        FormMarks.assertRequired(FormMarks.form(running, page + "/bilan"), "reviewedOn", "favourable");
        FormMarks.assertRequired(FormMarks.form(running, page + "/versement"), "amount", "paidOn");

        HttpResponse<String> paid = sens.submit(page, page + "/versement", Map.of("instalment", "1",
                "amount", "30 000,00", "paidOn", LocalDate.now(FrenchFormat.PARIS).format(FRENCH)));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(302);
        assertThat(sens.page(page).body()).contains("Le versement est enregistré", "Versée",
                "<dd id=\"verse\">30\u202f000,00 €</dd>", "<dd id=\"reste\">90\u202f000,00 €</dd>");
        HttpResponse<String> tooEarly = sens.submit(page, page + "/versement", Map.of("instalment", "2",
                "amount", "100", "paidOn", LocalDate.now(FrenchFormat.PARIS).format(FRENCH)));
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("id=\"refus\"", "ce n&#39;est pas le cas");
        HttpResponse<String> unjustified = sens.submit(page, page + "/bilan", Map.of("year",
                String.valueOf(FIRST_YEAR), "reviewedOn", LocalDate.now(FrenchFormat.PARIS).format(FRENCH), "favourable", "non"));
        assertThat(unjustified.statusCode()).isEqualTo(400);
        assertThat(unjustified.body()).contains("id=\"comment-erreur\"", "Justifiez un bilan défavorable");
        assertThat(json.readTree(sens.get("/api/cpos/" + id).body()).get("reviews")).isEmpty();

        HttpResponse<byte[]> pdf = sens.download(page + "/convention.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        // an agent reads the CPO's structure as a link to its cross-directorate page, on the list and on the CPO; an
        // EPT account may open neither (CpoPageController refuses it), so no page shows it a link it may not follow
        assertThat(sens.page("/cpo").body()).contains("href=\"/structures/" + siret + "\"");
        assertThat(sens.page(page).body()).contains("href=\"/structures/" + siret + "\"");
        SignedInBrowser ept = SignedInBrowser.withToken(port, "ept-plaine-commune");
        assertThat(ept.page("/cpo").statusCode()).isEqualTo(403);
        assertThat(ept.page(page).statusCode()).isEqualTo(403);
    }

    @Test
    void theOrganisationsPageListsItsCpoAndWarnsOfAnApplicationForTheProjectTheCpoFunds() {
        SignedInBrowser sens = SignedInBrowser.withToken(port, "sens");
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        String siret = Sirets.next();
        assertThat(sens.json("POST", "/api/organisations", """
                {"siret":"%s","name":"Vélos du Canal","legalForm":"SCIC","esus":true,"inclusionType":null,\
                "communeInsee":"93066"}""".formatted(siret)).statusCode()).isEqualTo(201);
        HttpResponse<String> drawn = sens.submit("/cpo", "/cpo", terms(siret));
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(302);
        String location = drawn.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        String quiet = dmta.page("/structures/" + siret).body();
        assertThat(quiet).contains("Conventions pluriannuelles d'objectifs", id, "Atelier vélo solidaire",
                "<strong id=\"total-cpo\">120\u202f000,00 €</strong>", "À signer")
                .doesNotContain("Double financement possible", "Demande en cours pour un projet");

        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        int callYear = FIRST_YEAR + 1;
        HttpResponse<String> call = dmta.json("POST", "/api/calls", """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],"operatingEnvelope":800000,\
                "investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s","twoYearApplications":true,\
                "grid":[{"code":"utilite","label":"Utilité sociale","weight":1}]}""".formatted(callYear, callYear,
                today.minusDays(10), today.plusDays(10)));
        assertThat(call.statusCode()).as(call.body()).isIn(201, 409);
        HttpResponse<String> application = dmta.json("POST", "/api/calls/" + callYear + "/applications", """
                {"organisation":"%s","title":"L'atelier vélo solidaire","summary":"Réparer des vélos",\
                "theme":"Réemploi","amounts":{"firstYearOperating":20000},"durationYears":1,\
                "communeInsees":["93066"],"qpv":false,"projectBudget":50000,"incubation":false}""".formatted(siret));
        assertThat(application.statusCode()).as(application.body()).isEqualTo(201);

        String warned = dmta.page("/structures/" + siret).body();
        assertThat(warned).contains("id=\"double-financement\"", "Demande en cours pour un projet peut-être déjà "
                + "financé", id);
    }
}
