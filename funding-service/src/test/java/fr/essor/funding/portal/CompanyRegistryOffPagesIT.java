package fr.essor.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded default runs offline: the national registry is switched off and the pages say so in French. */
@EssorIntegrationTest
class CompanyRegistryOffPagesIT {

    @LocalServerPort
    int port;

    @Test
    void theRegistrationPageSaysTheRegistryIsUnavailableAndItsFirstButtonLooksUpRatherThanRegisters() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");

        String blank = dmta.page("/structures/nouvelle").body();
        assertThat(blank).contains("Remplir depuis le répertoire national",
                "Répertoire national des entreprises indisponible : cette installation fonctionne hors ligne");
        // implicit submission (Enter in a field) uses the form's first submit button: the lookup, not the registration
        String form = blank.substring(blank.indexOf("<form class=\"form\""));
        assertThat(form.indexOf("name=\"lookup\"")).isPositive()
                .isLessThan(form.indexOf(">Enregistrer la structure</button>"));

        String siret = Sirets.next();
        HttpResponse<String> lookup = dmta.submit("/structures/nouvelle", "/structures/nouvelle", Map.of(
                "lookup", "siret", "siret", siret, "name", "La Recyclerie", "legalForm", "SCOP",
                "communeInsee", "93008"));
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.body()).contains("Le répertoire national des entreprises est indisponible dans cette "
                        + "installation, qui fonctionne hors ligne : saisissez les champs vous-même.")
                .containsPattern("id=\"name\"[^>]*value=\"La Recyclerie\"")
                .containsPattern("value=\"SCOP\"[^>]*selected").containsPattern("value=\"93008\"[^>]*selected");
        assertThat(dmta.get("/api/organisations/" + siret).statusCode()).isEqualTo(404);
    }

    @Test
    void theLinkPageSaysTheRegistryIsNotConsulted() {
        SignedInBrowser instructor = SignedInBrowser.signIn(port, "instructeur");

        assertThat(instructor.page("/rattachements").body()).contains("Répertoire national des entreprises "
                + "indisponible : cette installation fonctionne hors ligne ; vérifiez la structure par vous-même.");
    }
}
