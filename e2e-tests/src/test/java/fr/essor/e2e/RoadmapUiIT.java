package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** A lead directorate edits its action in a real browser and sees the roadmap's dashboard change. */
@EndToEnd
class RoadmapUiIT {

    private final EssorPlatform platform;
    private final Browser browser;

    RoadmapUiIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void theDmtaPutsItsActionInProgressAndTheDashboardCountsItAndMovesItsObjective() {
        String roadmap = platform.url(EssorService.ROADMAP);
        browser.visit(roadmap + "/feuille-de-route");
        browser.signInAs("dmta");
        assertThat(browser.path()).isEqualTo("/feuille-de-route");
        long inProgressBefore = statusCount("En cours");
        int objectiveBefore = objectiveProgress("1.2 FINANCER");
        browser.screenshot("roadmap-1-dashboard-before");

        // 1.2.1 "Stabiliser l'Appel à Agir" is led by the DMTA
        browser.visit(roadmap + "/actions/1.2.1");
        new Select(browser.driver().findElement(By.id("status"))).selectByVisibleText("En cours");
        WebElement progress = browser.driver().findElement(By.id("progress"));
        progress.clear();
        progress.sendKeys("60");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Enregistrer le suivi']")).click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Le suivi de l'action a été enregistré."));
        browser.screenshot("roadmap-2-action-saved");
        assertThat(browser.driver().findElement(By.id("statut")).getText()).isEqualTo("En cours");
        assertThat(browser.driver().findElement(By.id("avancement")).getText()).isEqualTo("60 %");
        assertThat(browser.driver().findElement(By.id("table-historique")).getText()).contains("dmta", "En cours");

        browser.driver().findElement(By.linkText("Tableau de bord")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/feuille-de-route"));
        browser.screenshot("roadmap-3-dashboard-after");
        assertThat(statusCount("En cours")).isEqualTo(inProgressBefore + 1);
        assertThat(objectiveProgress("1.2 FINANCER")).as("objective 1.2 has 4 actions: +60/4 points")
                .isBetween(objectiveBefore + 14, objectiveBefore + 16);
    }

    private long statusCount(String label) {
        WebElement row = browser.driver().findElement(By.xpath(
                "//table[@id='par-statut']//tr[th[normalize-space()='" + label + "']]"));
        return Long.parseLong(row.findElement(By.tagName("td")).getText().strip());
    }

    private int objectiveProgress(String objective) {
        WebElement row = browser.driver().findElement(By.xpath("//tr[th[normalize-space()='" + objective + "']]"));
        String label = row.findElements(By.tagName("td")).get(2).getText(); // "15 %"
        return Integer.parseInt(label.replaceAll("[^0-9]", ""));
    }
}
