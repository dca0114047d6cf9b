package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A member of the SENS team finds, in a real browser, an organisation that funding has just registered. */
@EndToEnd
class DirectoryUiIT {

    private final EssorPlatform platform;
    private final PlatformApi api;
    private final Browser browser;

    DirectoryUiIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.api = new PlatformApi(platform);
        this.browser = browser;
    }

    @Test
    void theSensTeamSignsInFiltersTheDirectoryByEptAndOpensTheOrganisationFundingRegistered() {
        // Montreuil (93048) is in EPT T8 Est Ensemble; Aubervilliers (93001) in T6 Plaine Commune
        NewOrganisation inEstEnsemble = NewOrganisation.association("Atelier partagé", "93048");
        NewOrganisation inPlaineCommune = NewOrganisation.association("Jardin d'insertion", "93001");
        for (NewOrganisation organisation : List.of(inEstEnsemble, inPlaineCommune)) {
            assertThat(api.register(EssorService.FUNDING, "instructeur", organisation).status()).isEqualTo(201);
        }
        await("the roadmap knows both").atMost(Duration.ofSeconds(30)).until(() ->
                api.directoryEntry(inEstEnsemble.siret()).isPresent()
                        && api.directoryEntry(inPlaineCommune.siret()).isPresent());
        String roadmap = platform.url(EssorService.ROADMAP);

        browser.visit(roadmap + "/organisations");
        assertThat(browser.path()).as("an anonymous visitor is sent to sign in").isEqualTo("/login");
        assertThat(browser.heading()).isEqualTo("Connexion");
        browser.screenshot("directory-1-login");

        browser.signInAs("sens");
        assertThat(browser.path()).as("back to the page asked for").isEqualTo("/organisations");
        assertThat(browser.heading()).isEqualTo("Annuaire des structures de l'ESS");

        new Select(browser.driver().findElement(By.id("territory"))).selectByValue("T8");
        browser.driver().findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.urlContains("territory=T8"));
        browser.screenshot("directory-2-filtered-by-ept");

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table tbody tr"));
        assertThat(rows).extracting(row -> row.findElements(By.tagName("td")).get(5).getText())
                .as("territory column of every row").isNotEmpty().allMatch(territory -> territory.endsWith("(T8)"));
        assertThat(rows).extracting(row -> row.findElement(By.cssSelector("td a")).getText())
                .contains(inEstEnsemble.name()).doesNotContain(inPlaineCommune.name());
        assertThat(new Select(browser.driver().findElement(By.id("territory"))).getFirstSelectedOption().getText())
                .as("the filter stays shown as chosen").isEqualTo("Est Ensemble");

        browser.driver().findElement(By.linkText(inEstEnsemble.name())).click();
        browser.waitUntil(ExpectedConditions.urlContains("/organisations/"));
        browser.screenshot("directory-3-organisation");
        assertThat(browser.heading()).isEqualTo(inEstEnsemble.name());
        String page = browser.driver().findElement(By.id("contenu")).getText();
        assertThat(page).contains(inEstEnsemble.siret(), "Montreuil (93048)", "Est Ensemble (T8)",
                "Porteur de projet (financements)");
    }
}
