package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * axe-core in real Chromium: the pages meet WCAG 2.2 A and AA as far as a machine can tell (RGAA's baseline), at
 * 1280 and at 320 CSS px of width, where they do not scroll sideways (reflow); their required fields say so.
 */
@EndToEnd
class AccessibilityIT {

    private final EssorPlatform platform;
    private final Browser browser;

    AccessibilityIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void theSignInPageHasNoWcagViolation() {
        browser.driver().manage().deleteAllCookies();
        browser.visit(platform.url(EssorService.ROADMAP) + "/");
        assertThat(browser.driver().getCurrentUrl()).as("the provider's sign-in page").startsWith(platform.issuerUrl());
        assertThat(browser.heading()).isEqualTo("Connexion");

        assertNoViolation("sign-in page");
    }

    @Test
    void aServicesPageAroundSigningInHasNoWcagViolation() {
        browser.driver().manage().deleteAllCookies();
        browser.visit(platform.url(EssorService.FUNDING) + "/login?expired");
        assertThat(browser.heading()).isEqualTo("Session expirée");

        assertNoViolation("session expired page");
    }

    @Test
    void theSignInPageShowingAWrongPasswordHasNoWcagViolation() {
        browser.driver().manage().deleteAllCookies();
        browser.visit(platform.url(EssorService.FUNDING) + "/");
        browser.driver().findElement(By.name("username")).sendKeys("sens");
        browser.driver().findElement(By.name("password")).sendKeys("not-the-password");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        // the click only starts the form submission: wait for the answer page before reading it
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Identifiant ou mot de passe incorrect");

        assertNoViolation("sign-in page after a wrong password");
    }

    @ParameterizedTest
    @EnumSource(EssorService.class)
    void eachServiceHomePageSignedInHasNoWcagViolation(EssorService service) {
        browser.signInAt(platform.url(service), "admin");
        browser.visit(platform.url(service) + "/");
        assertThat(browser.path()).isEqualTo("/");

        assertNoViolation(service.shortName() + " home page");
    }

    /** The working pages of each service (forms, lists, dashboards), as the administrator sees them. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ROADMAP, /feuille-de-route", "ROADMAP, /indicateurs", "ROADMAP, /comites",
            "FUNDING, /appel-a-agir", "FUNDING, /seances", "FUNDING, /cpo", "FUNDING, /tableau-de-bord",
            "FUNDING, /structures/nouvelle",
            "PROCUREMENT, /marches/nouveau", "PROCUREMENT, /fournisseurs/nouveau", "PROCUREMENT, /spaser",
            "FONCIER, /besoins/nouveau", "FONCIER, /offres", "FONCIER, /mises-en-relation", "FONCIER, /pole",
            "FONCIER, /tableau-de-bord", "FONCIER, /suggestions",
            "PROCUREMENT, /ops/lettres-mortes",
            "FONCIER, /cette-page-n-existe-pas"})
    void theWorkingPagesHaveNoWcagViolation(EssorService service, String path) {
        browser.signInAt(platform.url(service), "admin");
        browser.visit(platform.url(service) + path);
        assertThat(browser.path()).isEqualTo(path);
        String heading = browser.heading();
        assertThat(heading).isNotBlank();
        if (!path.equals("/cette-page-n-existe-pas")) {
            assertThat(heading).as("%s %s answered an error page", service, path)
                    .isNotIn("Page introuvable", "Accès refusé", "Erreur du service", "Demande incorrecte");
        }

        assertNoViolation(service.shortName() + " " + path);
    }

    @Test
    void aRefusedFormTakesTheFocusToItsErrorSummaryWhoseLinksLeadToTheFields() {
        browser.signInAt(platform.url(EssorService.FONCIER), "sens");
        browser.visit(platform.url(EssorService.FONCIER) + "/besoins/nouveau");
        browser.driver().findElement(By.id("surfaceMin")).sendKeys("300");
        browser.driver().findElement(By.id("surfaceMax")).sendKeys("100");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer le besoin']")).click();

        browser.waitUntil(ExpectedConditions.titleContains("Erreur : "));
        assertThat(browser.driver().getTitle()).startsWith("Erreur : Enregistrer un besoin de locaux");
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).as("the focus after a refused submission").contains("error-summary");
        List<WebElement> links = focused.findElements(By.cssSelector("a[href^='#']"));
        assertThat(links).as("the summary links to the fields in error").isNotEmpty();
        assertThat(focused.getText()).contains("La surface maximale doit être supérieure ou égale à la surface minimale.");
        for (WebElement link : links) {
            String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            assertThat(browser.driver().findElements(By.id(target))).as("the target of %s", link.getText()).hasSize(1);
        }
        WebElement toSurface = focused.findElement(By.cssSelector("a[href='#surfaceMax']"));
        toSurface.click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("surfaceMax");
        assertThat(browser.driver().findElement(By.id("surfaceMin")).getAttribute("value")).isEqualTo("300");

        assertNoViolation("foncier refused need form");
    }

    @Test
    void theDirectorySignedInHasNoWcagViolation() {
        NewOrganisation organisation = aKnownOrganisation("Café associatif");
        browser.signInAt(platform.url(EssorService.ROADMAP), "sens");
        browser.visit(platform.url(EssorService.ROADMAP) + "/organisations");
        assertThat(browser.driver().findElements(By.linkText(organisation.name()))).hasSize(1);

        assertNoViolation("roadmap directory");
    }

    @Test
    void anOrganisationPageSignedInHasNoWcagViolation() {
        NewOrganisation organisation = aKnownOrganisation("Ressourcerie");
        browser.signInAt(platform.url(EssorService.ROADMAP), "sens");
        browser.visit(platform.url(EssorService.ROADMAP) + "/organisations/" + organisation.siret());
        assertThat(browser.heading()).isEqualTo(organisation.name());

        assertNoViolation("roadmap organisation page");
    }

    /** Registered by procurement and already in the roadmap's directory, so that its pages show a real entry. */
    private NewOrganisation aKnownOrganisation(String namePrefix) {
        NewOrganisation organisation = NewOrganisation.association(namePrefix, "93005");
        PlatformApi api = new PlatformApi(platform);
        assertThat(api.register(EssorService.PROCUREMENT, "achats", organisation).status()).isEqualTo(201);
        await("the roadmap knows " + organisation.name()).atMost(Duration.ofSeconds(30))
                .until(() -> api.directoryEntry(organisation.siret()).isPresent());
        return organisation;
    }

    /** The three forms of the pages above that any new user meets first: their required fields are marked. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "FUNDING, /appel-a-agir/nouveau, title",
            "FUNDING, /structures/nouvelle, name",
            "FONCIER, /besoins/nouveau, surfaceMin"})
    void theRequiredFieldsOfAFormAreMarkedInTheirLabelAndForAssistiveTechnologies(EssorService service, String path,
            String aRequiredField) {
        browser.signInAt(platform.url(service), "admin");
        browser.visit(platform.url(service) + path);

        WebElement field = browser.driver().findElement(By.id(aRequiredField));
        assertThat(field.getAttribute("aria-required")).as("%s on %s", aRequiredField, path).isEqualTo("true");
        assertRequiredFieldsMarked(service.shortName() + " " + path);
    }

    /** WCAG 2.2 A and AA by axe-core, as wide and at 320 CSS px; no sideways scroll at 320; required fields marked. */
    private void assertNoViolation(String page) {
        Axe.assertNoViolation(browser, page);
        assertRequiredFieldsMarked(page);
        Reflow.assertNoSidewaysScroll(browser, page);
        Dimension wide = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(Reflow.NARROW, 800));
            Axe.assertNoViolation(browser, page + " at 320 px");
        } finally {
            browser.driver().manage().window().setSize(wide);
        }
    }

    /**
     * Every field marked required says « (obligatoire) » in its label, and none uses HTML's required, which would have
     * the browser refuse the form in its own words before the server's French messages next to the fields.
     */
    private void assertRequiredFieldsMarked(String page) {
        assertThat(browser.driver().findElements(By.cssSelector("form:not([novalidate]) [required]")))
                .as("fields with HTML required on %s", page).isEmpty();
        for (WebElement field : browser.driver().findElements(By.cssSelector("[aria-required='true']"))) {
            String id = field.getAttribute("id");
            String label = field.getTagName().equals("fieldset")
                    ? field.findElement(By.tagName("legend")).getText()
                    : browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).getText();
            assertThat(label).as("the label of the required field %s on %s", id, page).contains("(obligatoire)");
        }
    }
}
