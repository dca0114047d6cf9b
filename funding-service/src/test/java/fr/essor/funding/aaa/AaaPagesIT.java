package fr.essor.funding.aaa;

import fr.essor.kit.testing.RefusedSubmission;

import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.FormMarks;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Appel à Agir pages, as a signed-in browser without JavaScript sees and uses them. */
@EssorIntegrationTest
class AaaPagesIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"(AAA-[0-9]{4}-[0-9]{4})\"");

    @LocalServerPort
    int port;

    String application(SignedInBrowser dmta, int year) {
        assertThat(dmta.json("POST", "/api/calls", AaaBodies.call(year)).statusCode()).isEqualTo(201);
        String siret = Sirets.next();
        assertThat(dmta.json("POST", "/api/organisations", AaaBodies.organisation(siret)).statusCode()).isEqualTo(201);
        HttpResponse<String> created = dmta.json("POST", "/api/calls/" + year + "/applications",
                AaaBodies.application(siret, "Épicerie solidaire"));
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return id.group(1);
    }

    @Test
    void theListShowsTheCallsApplicationsAndItsFiltersNarrowThem() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        int year = AaaBodies.freshYear();
        String id = application(dmta, year);

        assertThat(dmta.page("/").body()).contains("href=\"/appel-a-agir\"");
        assertThat(dmta.page("/appel-a-agir").body()).contains("Appel à Agir " + year, "Réemploi, Alimentation durable",
                "800\u202f000,00 €", "Un ou deux ans");
        String list = dmta.page("/appel-a-agir/" + year + "?territory=T8&theme=R%C3%A9emploi").body();
        assertThat(list).contains(id, "Épicerie solidaire", "20\u202f000,00 €", "Déposée");
        assertThat(dmta.page("/appel-a-agir/" + year + "?status=GRANTED").body()).doesNotContain(id)
                .contains("Aucune candidature ne correspond.");
        assertThat(dmta.page("/appel-a-agir/" + year + "?territory=T9").body()).doesNotContain(id);
    }

    @Test
    void theApplicationPageOffersTheStepsOfItsStateTakesThemAndShowsTheHistory() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        String id = application(dmta, AaaBodies.freshYear());
        String page = dmta.page("/candidatures/" + id).body();
        assertThat(page).contains("Déclarer recevable", "Déclarer irrecevable", "Demander une correction",
                "Saint-Denis (Plaine Commune), Montreuil (Est Ensemble)")
                .doesNotContain("Solder");

        HttpResponse<String> posted = dmta.submit("/candidatures/" + id, "/candidatures/" + id + "/etapes",
                Map.of("action", "DECLARE_ADMISSIBLE", "reason", "Dossier complet"));

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String after = dmta.page("/candidatures/" + id).body();
        assertThat(after).contains("Recevable", "Mettre en instruction", "Dossier complet", "Dépôt");
    }

    @Test
    void anIllegalStepOrAMissingReasonComesBackWithTheFrenchMessage() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        String id = application(dmta, AaaBodies.freshYear());

        HttpResponse<String> illegal = dmta.submit("/candidatures/" + id, "/candidatures/" + id + "/etapes",
                Map.of("action", "SETTLE"));
        HttpResponse<String> unjustified = dmta.submit("/candidatures/" + id, "/candidatures/" + id + "/etapes",
                Map.of("action", "DECLARE_INADMISSIBLE", "reason", " "));

        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(illegal.body()).contains("Impossible de solder une candidature « Déposée »");
        assertThat(unjustified.statusCode()).isEqualTo(400);
        assertThat(unjustified.body()).contains("Dites pourquoi.", "aria-describedby=\"reason-DECLARE_INADMISSIBLE-erreur\"");
        assertThat(RefusedSubmission.assertPresented(unjustified.body())).containsExactly("Dites pourquoi.");
        assertThat(unjustified.body()).as("only the form of the step sent is flagged")
                .containsOnlyOnce("aria-invalid=\"true\"").containsOnlyOnce("class=\"field__error\"");
    }

    @Test
    void theAddressOfARefusedStepLeadsBackToTheApplicationWhenReloaded() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        String id = application(dmta, AaaBodies.freshYear());

        HttpResponse<String> refused = dmta.submit("/candidatures/" + id, "/candidatures/" + id + "/etapes",
                Map.of("action", "DECLARE_INADMISSIBLE", "reason", ""));

        assertThat(refused.statusCode()).isEqualTo(400);
        HttpResponse<String> reloaded = dmta.get("/candidatures/" + id + "/etapes");
        assertThat(reloaded.statusCode()).as("reloading the address of a refused step").isEqualTo(303);
        assertThat(reloaded.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/candidatures/" + id));
    }

    @Test
    void aStepWhoseReasonIsRequiredSaysSoAndTheOthersDoNot() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        String page = dmta.page("/candidatures/" + application(dmta, AaaBodies.freshYear())).body();

        for (String required : List.of("reason-DECLARE_INADMISSIBLE", "reason-REQUEST_CORRECTION")) {
            assertThat(FormMarks.field(page, required)).as(required).contains("aria-required=\"true\"");
            assertThat(page).containsPattern("(?s)<label[^>]*for=\"" + required + "\">Motif "
                    + "<span class=\"field__required\">\\(obligatoire\\)</span></label>");
        }
        assertThat(FormMarks.field(page, "reason-DECLARE_ADMISSIBLE")).doesNotContain("aria-required");
        assertThat(page).containsPattern("<label[^>]*for=\"reason-DECLARE_ADMISSIBLE\">Motif \\(facultatif\\)</label>")
                .doesNotContain("type=\"date\"");
    }
}
