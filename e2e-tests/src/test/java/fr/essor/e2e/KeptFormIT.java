package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing typed is lost when the session expired under a person's feet (issue 11): the form sent too late is refused
 * with the French « session expirée » page, and after signing in again the person is back on the form with what they
 * had typed in its fields, ready to be sent again.
 */
@EndToEnd
class KeptFormIT {

    private final EssorPlatform platform;
    private final Browser browser;
    private final PlatformApi api;

    KeptFormIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        this.api = new PlatformApi(platform);
    }

    @Test
    void aNeedSentAfterTheSessionExpiredComesBackTypedAfterSigningInAgainAndIsThenRegistered() {
        String foncier = platform.url(EssorService.FONCIER);
        NewOrganisation organisation = NewOrganisation.association("Ressourcerie des Lilas", "93045");
        assertThat(api.register(EssorService.FONCIER, "sens", organisation).status()).isEqualTo(201);

        browser.signInAt(foncier, "sens");
        browser.visit(foncier + "/besoins/nouveau");
        type("organisationId", organisation.siret());
        browser.driver().findElement(By.id("usages-WORKSHOP")).click();
        browser.driver().findElement(By.id("commune-93048")).click();
        type("surfaceMin", "120");
        type("surfaceMax", "240");
        type("notes", "Quai de livraison souhaité, accès le samedi");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.id("neededFrom")), "2027-03-01");

        // the session expires: the browser still sends its cookie, which the service no longer knows
        Cookie session = browser.driver().manage().getCookies().stream()
                .filter(c -> c.getName().equalsIgnoreCase("ESSOR_foncier_SESSION")).findFirst().orElseThrow();
        browser.driver().manage().deleteCookie(session);
        browser.driver().manage().addCookie(new Cookie(session.getName(), "expiree0123456789", session.getPath()));
        browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer le besoin']")).click();

        browser.waitUntil(ExpectedConditions.urlContains("/login?expired"));
        assertThat(browser.heading()).isEqualTo("Session expirée");
        browser.driver().findElement(By.linkText("Se reconnecter")).click();

        // the provider still knows the person (single sign-on): straight back to the form, refilled
        browser.waitUntil(ExpectedConditions.urlToBe(foncier + "/besoins/nouveau"));
        browser.waitUntil(driver -> {
            String filled = driver.findElement(By.id("saisie-conservee")).getDomAttribute("data-champs-remplis");
            return filled != null && Integer.parseInt(filled) > 0;
        });
        assertThat(value("organisationId")).isEqualTo(organisation.siret());
        assertThat(value("surfaceMin")).isEqualTo("120");
        assertThat(value("surfaceMax")).isEqualTo("240");
        assertThat(value("notes")).isEqualTo("Quai de livraison souhaité, accès le samedi");
        assertThat(value("neededFrom")).isEqualTo("2027-03-01");
        assertThat(browser.driver().findElement(By.id("usages-WORKSHOP")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("usages-STORAGE")).isSelected()).isFalse();
        assertThat(browser.driver().findElement(By.id("commune-93048")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("saisie-conservee")).getText())
                .contains("Votre session avait expiré avant l'envoi du formulaire");
        // the list of what was kept reads in the page's words: labels and options, no code, no hidden field
        String kept = browser.driver().findElement(By.id("saisie-conservee-champs")).getDomProperty("textContent");
        assertThat(kept).contains("Surface minimale (m²) : 120", "Usages recherchés : Atelier / production",
                "Lieux souhaités : Montreuil").doesNotContain("WORKSHOP", "93048", "obligatoire");
        browser.screenshot("kept-form-refilled");

        browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer le besoin']")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "est enregistré"));
        assertThat(browser.path()).startsWith("/besoins/BESOIN-");
        browser.visit(foncier + "/besoins/nouveau");
        assertThat(browser.driver().findElements(By.id("saisie-conservee"))).as("given back once").isEmpty();
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }
}
