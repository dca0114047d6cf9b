package fr.essor.funding.grants;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.RefusedSubmission;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The voting session, laureate and grant pages, as a signed-in browser without JavaScript uses them. */
@EssorIntegrationTest
class VotingAndGrantPagesIT {

    private static final Pattern APPLICATION = Pattern.compile("\"id\":\"(AAA-[0-9]{4}-[0-9]{4})\"");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern SESSION = Pattern.compile("/seances/(SEANCE-[0-9]{4}-[0-9]{2})");

    @LocalServerPort
    int port;

    String proposed(SignedInBrowser dmta, int year) {
        LocalDate today = LocalDate.now(FrenchFormat.PARIS);
        dmta.json("POST", "/api/calls", """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],"operatingEnvelope":800000,\
                "investmentEnvelope":0,"opensOn":"%s","closesOn":"%s","twoYearApplications":false,\
                "grid":[{"code":"utilite","label":"Utilité sociale","weight":1}],"territoryTargets":{}}"""
                .formatted(year, year, today.minusDays(30), today.plusDays(5)));
        String siret = Sirets.next();
        dmta.json("POST", "/api/organisations", """
                {"siret":"%s","name":"Épicerie %s","legalForm":"ASSOCIATION","esus":false,"inclusionType":null,\
                "communeInsee":"93066"}""".formatted(siret, siret));
        HttpResponse<String> created = dmta.json("POST", "/api/calls/" + year + "/applications", """
                {"organisation":"%s","title":"Épicerie solidaire","summary":"Vendre","theme":"Réemploi",\
                "amounts":{"firstYearOperating":9000},"durationYears":1,"communeInsees":["93066"],"qpv":false,\
                "projectBudget":30000,"incubation":false,"receivedOn":"%s"}""".formatted(siret,
                today.minusDays(25))); // a paper file received before the sitting of 20 days ago
        Matcher id = APPLICATION.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        for (String step : List.of("DECLARE_ADMISSIBLE", "START_REVIEW", "REQUEST_TERRITORY_OPINION",
                "PROPOSE_FOR_VOTE")) {
            assertThat(dmta.json("POST", "/api/applications/" + id.group(1) + "/transitions",
                    "{\"action\":\"" + step + "\"}").statusCode()).isEqualTo(200);
        }
        return id.group(1);
    }

    @Test
    void theDmtaRunsASessionFromThePagesAndTheGrantIsSignedAndPaidFromItsFile() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = 2095;
        String id = proposed(dmta, year);
        LocalDate sitting = LocalDate.now(FrenchFormat.PARIS).minusDays(20);

        assertThat(dmta.page("/").body()).contains("href=\"/seances\"", "href=\"/laureats\"");
        String sessions = dmta.page("/seances").body();
        FormMarks.assertDateField(sessions, "sittingOn");
        FormMarks.assertRequired(FormMarks.form(sessions, "/seances"), "callYear", "sittingOn",
                "deliberationReference");
        HttpResponse<String> badDate = dmta.submit("/seances", "/seances", Map.of("callYear", String.valueOf(year),
                "sittingOn", "31/02/" + year, "deliberationReference", "CD-" + year + "-PAGES"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).as("the bad date is answered next to its field, as it was typed")
                .contains("<p class=\"field__error\" id=\"sittingOn-erreur\">Date invalide : utilisez le format "
                        + "jj/mm/aaaa.</p>")
                .containsPattern("id=\"sittingOn\"[^>]*value=\"31/02/" + year + "\"[^>]*aria-invalid=\"true\""
                        + "[^>]*aria-describedby=\"sittingOn-aide sittingOn-erreur\"");
        RefusedSubmission.assertPresented(badDate.body());
        HttpResponse<String> opened = dmta.submit("/seances", "/seances", Map.of("callYear", String.valueOf(year),
                "sittingOn", sitting.format(FRENCH), "deliberationReference", "CD-" + year + "-PAGES"));
        assertThat(opened.statusCode()).isEqualTo(302);
        Matcher session = SESSION.matcher(opened.headers().firstValue("Location").orElseThrow());
        assertThat(session.find()).isTrue();
        String page = "/seances/" + session.group(1);
        assertThat(dmta.page(page).body()).contains(id, "Inscrire à l'ordre du jour");
        assertThat(dmta.page("/seances").body()).as("the sitting typed jj/mm/aaaa is stored as that day")
                .contains("<td>" + year + "</td><td>" + sitting.format(FRENCH) + "</td>");

        assertThat(dmta.submit(page, page + "/ordre-du-jour", Map.of("applicationId", id)).statusCode())
                .isEqualTo(302);
        HttpResponse<String> tooMuch = dmta.submit(page, page + "/votes", Map.of("applicationId", id,
                "outcome", "GRANTED", "amount", "9 000,01", "justification", "Utile"));
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("Le montant accordé ne peut pas dépasser le montant demandé",
                "aria-describedby=\"" + id + "-amount-erreur\"");
        HttpResponse<String> early = dmta.submit(page, page + "/cloture", Map.of());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Le vote manque pour " + id);
        assertThat(dmta.submit(page, page + "/votes", Map.of("applicationId", id, "outcome", "GRANTED",
                "amount", "8 000,50", "justification", "Utile au quartier")).statusCode()).isEqualTo(302);
        assertThat(dmta.submit(page, page + "/cloture", Map.of()).statusCode()).isEqualTo(302);
        assertThat(dmta.page(page).body()).contains("Close", "Accordée : 8\u202f000,50 €")
                .doesNotContain("Clore la séance et publier");

        String seenByPlaineCommune = SignedInBrowser.withToken(port, "ept-plaine-commune")
                .page("/laureats?annee=" + year).body();
        assertThat(seenByPlaineCommune).contains(id, "Plaine Commune (T6) — 1 lauréat,").doesNotContain("Est Ensemble (T8) —");
        assertThat(SignedInBrowser.withToken(port, "ept-est-ensemble").page("/laureats?annee=" + year + "&ept=T6")
                .statusCode()).isEqualTo(403);

        assertThat(dmta.page("/candidatures/" + id).body()).contains("href=\"/subventions/" + id + "\"");
        String grant = "/subventions/" + id;
        assertThat(dmta.page(grant).body()).contains("Télécharger la convention (PDF)", "Non signée",
                "4\u202f000,25 €", "4\u202f000,25 €");
        HttpResponse<byte[]> pdf = dmta.download(grant + "/convention.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        String unsigned = dmta.page(grant).body();
        FormMarks.assertDateField(unsigned, "signedOn");
        FormMarks.assertRequired(FormMarks.form(unsigned, grant + "/signature"), "signedOn");
        HttpResponse<String> unreadable = dmta.submit(grant, grant + "/signature", Map.of("signedOn", "3 mars"));
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("<p class=\"field__error\" id=\"signedOn-erreur\">Date invalide : "
                + "utilisez le format jj/mm/aaaa.</p>").containsPattern("id=\"signedOn\"[^>]*value=\"3 mars\"");
        assertThat(dmta.submit(grant, grant + "/signature", Map.of("signedOn", sitting.plusDays(3).format(FRENCH)))
                .statusCode()).isEqualTo(302);
        String signed = dmta.page(grant).body();
        assertThat(signed).as("the signature typed jj/mm/aaaa is stored as that day")
                .containsPattern("<dd id=\"signature\">[^<]*" + sitting.plusDays(3).format(FRENCH));
        FormMarks.assertDateField(signed, "paidOn");
        FormMarks.assertDateField(signed, "receivedOn");
        FormMarks.assertRequired(FormMarks.form(signed, grant + "/versements"), "amount", "paidOn");
        FormMarks.assertRequired(FormMarks.form(signed, grant + "/comptes-rendus"), "receivedOn");
        HttpResponse<String> beforeReport = dmta.submit(grant, grant + "/versements", Map.of("instalment", "2",
                "amount", "4000,25", "paidOn", sitting.plusDays(4).toString()));
        assertThat(beforeReport.statusCode()).isEqualTo(409);
        assertThat(beforeReport.body()).contains("à la réception du compte rendu final")
                .as("a refused payment comes back as typed")
                .containsPattern("id=\"amount\"[^>]*value=\"4000,25\"")
                .containsPattern("id=\"paidOn\"[^>]*value=\"" + sitting.plusDays(4) + "\"");
        assertThat(dmta.submit(grant, grant + "/versements", Map.of("instalment", "1", "amount", "4000,25",
                "paidOn", sitting.plusDays(4).toString())).statusCode()).isEqualTo(302);
        String paid = dmta.page(grant).body();
        assertThat(paid).contains("Reste à verser", "4\u202f000,25 €", "dmta");
        assertThat(dmta.page("/candidatures/" + id).body()).contains("En paiement");
    }
}
