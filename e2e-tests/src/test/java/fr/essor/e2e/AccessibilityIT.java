package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.openqa.selenium.By;
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

/** axe-core in real Chromium: the pages meet WCAG 2.1 A and AA as far as a machine can tell (RGAA's baseline). */
@EndToEnd
class AccessibilityIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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

    private void assertNoViolation(String page) {
        Axe.assertNoViolation(browser, page, WCAG_21_AA);
    }
}
