package fr.essor.kit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.essor.kit.security.KitWebTest;
import fr.essor.kit.testing.RefusedSubmission;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import fr.essor.kit.security.SignedInSessions;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@KitWebTest
class EssorLayoutTest {

    private static final Pattern FOCUSABLE = Pattern.compile("<(a|button|input|select|textarea)\\b[^>]*>");
    private static final Pattern NAV_LINK = Pattern.compile("<a class=\"site-nav__link\"[^>]*>([^<]+)</a>");

    @Autowired
    MockMvc mvc;

    @Test
    void theSkipLinkIsTheFirstFocusableElementAndLeadsToTheMainContent() throws Exception {
        String page = pageSignedInAs("sens");

        Matcher firstFocusable = FOCUSABLE.matcher(page.substring(page.indexOf("<body")));
        assertThat(firstFocusable.find()).isTrue();
        assertThat(firstFocusable.group()).contains("href=\"#contenu\"");
        assertThat(page).contains(">Aller au contenu</a>");
        assertThat(page).containsOnlyOnce("<main id=\"contenu\"");
        assertThat(page).contains("<html lang=\"fr\">");
        assertThat(page).contains("<header role=\"banner\"").contains("<footer");
        assertThat(page).contains("<title>Page de test — Essor</title>");
    }

    @Test
    void theNavigationLinksTheFourServicesAndMarksTheCurrentOne() throws Exception {
        String page = pageSignedInAs("sens");

        String nav = page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
        assertThat(nav).contains("aria-label=\"Services Essor\"");
        assertThat(NAV_LINK.matcher(nav).results().map(m -> m.group(1)).toList()).containsExactly(
                "Feuille de route", "Financements", "Achats responsables", "Foncier et pôle d'innovation");
        assertThat(nav).containsOnlyOnce("aria-current=\"page\"");
        assertThat(nav).contains("href=\"http://localhost:8082/\" aria-current=\"page\">Financements</a>");
        assertThat(nav).contains("href=\"http://roadmap.essor.test/\">Feuille de route</a>");
    }

    @Test
    void theHeaderShowsTheSignedInUserWithRoleLabelsAndALogoutFormWithItsCsrfToken() throws Exception {
        String page = pageSignedInAs("instructeur");

        String header = page.substring(page.indexOf("<header"), page.indexOf("</header>"));
        assertThat(header).contains("instructeur")
                .contains("Délégation au marketing territorial et à l'attractivité (DMTA)")
                .contains("Instruction des candidatures")
                .doesNotContain("Territoire");
        Matcher logout = Pattern.compile("<form[^>]*action=\"/logout\"[^>]*method=\"post\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(header);
        assertThat(logout.find()).isTrue();
        assertThat(logout.group(1)).contains("name=\"_csrf\"").contains("Se déconnecter");
    }

    @Test
    void theFooterLinksTheDeadLettersPageForThoseWhoRunThePlatformOnly() throws Exception {
        assertThat(pageSignedInAs("ops")).contains("href=\"/ops/lettres-mortes\"");
        assertThat(pageSignedInAs("admin")).contains("href=\"/ops/lettres-mortes\"");
        assertThat(pageSignedInAs("instructeur")).doesNotContain("/ops/lettres-mortes");
    }

    @Test
    void anEptUserSeesTheTerritoryTheAccountIsBoundTo() throws Exception {
        String page = pageSignedInAs("ept-terres-envol");

        assertThat(page).contains("Territoire : Paris Terres d'Envol (T7)")
                .contains("Établissement public territorial (EPT)");
    }

    @Test
    void theLoginPageUsesTheLayoutWithoutAUser() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("<main id=\"contenu\"").contains("aria-label=\"Services Essor\"")
                .doesNotContain("Se déconnecter");
    }

    @Test
    void aFieldWithAnErrorPointsToItsMessage() throws Exception {
        String page = pageSignedInAs("sens");

        assertThat(page).contains("<label class=\"field__label\" for=\"nom\">Nom de la structure</label>");
        Matcher input = Pattern.compile("<input[^>]*id=\"nom\"[^>]*>").matcher(page);
        assertThat(input.find()).isTrue();
        assertThat(input.group()).contains("aria-describedby=\"nom-erreur\"").contains("aria-invalid=\"true\"")
                .contains("value=\"Coop 93\"");
        assertThat(page).contains("<p class=\"field__error\" id=\"nom-erreur\">Le nom est trop court.</p>");
    }

    @Test
    void aRequiredFieldSaysSoInItsLabelAndToAssistiveTechnologiesWithoutBlockingTheServersMessages() throws Exception {
        String page = pageSignedInAs("sens");

        assertThat(page).contains("<label class=\"field__label\" for=\"siret\">SIRET "
                + "<span class=\"field__required\">(obligatoire)</span></label>");
        Matcher siret = Pattern.compile("<input[^>]*id=\"siret\"[^>]*>").matcher(page);
        assertThat(siret.find()).isTrue();
        assertThat(siret.group()).contains("aria-required=\"true\"").doesNotContain(" required");
        Matcher optional = Pattern.compile("<input[^>]*id=\"nom\"[^>]*>").matcher(page);
        assertThat(optional.find()).isTrue();
        assertThat(optional.group()).doesNotContain("aria-required");
        assertThat(page).contains("<label class=\"field__label\" for=\"nom\">Nom de la structure</label>");
    }

    @Test
    void aDateIsTypedAsJjMmAaaaWithTheFormatToldByAHintTiedToTheField() throws Exception {
        String page = pageSignedInAs("sens");

        Matcher opening = Pattern.compile("<input[^>]*id=\"ouverture\"[^>]*>").matcher(page);
        assertThat(opening.find()).isTrue();
        assertThat(opening.group()).contains("type=\"text\"").contains("value=\"28/06/2026\"")
                .contains("inputmode=\"numeric\"").contains("aria-describedby=\"ouverture-aide\"")
                .contains("aria-required=\"true\"");
        assertThat(page).contains("<p class=\"field__hint\" id=\"ouverture-aide\">Format : jj/mm/aaaa, par exemple 28/06/2026</p>");
        Matcher closing = Pattern.compile("<input[^>]*id=\"cloture\"[^>]*>").matcher(page);
        assertThat(closing.find()).isTrue();
        assertThat(closing.group()).contains("aria-describedby=\"cloture-aide cloture-erreur\"")
                .contains("aria-invalid=\"true\"").doesNotContain("aria-required");
        assertThat(page).doesNotContain("type=\"date\"");
    }

    @Test
    void pagesAreServedInFrenchWhateverLanguageTheBrowserAsksFor() throws Exception {
        MockHttpSession session = SignedInSessions.of("sens");
        for (String language : new String[] { "en-US,en;q=0.9", "de", "" }) {
            var response = mvc.perform(get("/").session(session).header("Accept-Language", language)).andReturn()
                    .getResponse();

            assertThat(response.getHeader("Content-Language")).as("Accept-Language: %s", language).isEqualTo("fr");
            assertThat(response.getContentAsString()).contains("<html lang=\"fr\">");
        }
        var login = mvc.perform(get("/login").header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(login.getHeader("Content-Language")).isEqualTo("fr");
    }

    @Test
    void aRefusedSubmissionIsTitledErreurAndSummarisedWithLinksToItsFields() throws Exception {
        String refused = pageSignedInAs("sens", "/formulaire?refused=true");

        assertThat(RefusedSubmission.assertPresented(refused)).containsExactly("Le nom est trop court.");
        assertThat(refused).contains("<title>Erreur : Formulaire de test — Essor</title>")
                .contains("<span id=\"action-erreur\">La structure est déjà enregistrée.</span>")
                .contains("<p class=\"field__error\" id=\"nom-erreur\">Le nom est trop court.</p>");
    }

    @Test
    void aFormShownWithoutErrorHasNeitherTheErrorTitleNorTheSummary() throws Exception {
        RefusedSubmission.assertAbsent(pageSignedInAs("sens", "/formulaire"));
        RefusedSubmission.assertAbsent(pageSignedInAs("sens"));
    }

    @Test
    void theAddressOfAFormReadAgainLeadsToItsPageNotToA405() throws Exception {
        MockHttpSession session = SignedInSessions.of("sens");

        var reread = mvc.perform(get("/unruled-form").session(session)).andReturn().getResponse();

        assertThat(reread.getStatus()).isEqualTo(303);
        assertThat(reread.getRedirectedUrl()).isEqualTo("/");
        assertThat(FormAddresses.pageOf("/candidatures/AAA-2026-0001/etapes")).isEqualTo("/candidatures/AAA-2026-0001");
        assertThat(FormAddresses.pageOf("/besoins/")).isEqualTo("/");
        assertThat(mvc.perform(get("/api/unruled").session(session)).andReturn().getResponse().getStatus())
                .as("the API keeps its 405").isEqualTo(405);
    }

    @Test
    void theStyleSheetIsServedWithoutSignInAndShowsTheFocus() throws Exception {
        String css = mvc.perform(get("/essor/essor.css")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(css).contains(":focus-visible").contains(".sr-only").contains("#000091").contains("#ce0500");
    }

    @Test
    void signedInUserListsRoleLabelsInRoleOrder() {
        var actor = new fr.essor.kit.security.Actor("instructeur",
                java.util.Set.of(fr.essor.kit.security.Role.INSTRUCTOR, fr.essor.kit.security.Role.DMTA), null);

        SignedInUser user = SignedInUser.of(actor);

        assertThat(user.roleLabels()).isEqualTo(List.of(
                fr.essor.kit.security.Role.DMTA.label(), fr.essor.kit.security.Role.INSTRUCTOR.label()));
        assertThat(user.territoryLabel()).isNull();
    }

    private String pageSignedInAs(String username) throws Exception {
        return pageSignedInAs(username, "/");
    }

    private String pageSignedInAs(String username, String path) throws Exception {
        MockHttpSession session = SignedInSessions.of(username);
        String html = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return HtmlUtils.htmlUnescape(html);
    }
}
