package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The intermediation cell in a real browser: an offer and a need entered through the pages, the match shown on the
 * need's page with its reasons, then the workflow — proposal, contact, visit, negotiation — to a signed lease, which
 * the roadmap's 360° page of the organisation then shows.
 */
@EndToEnd
class FoncierUiIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EssorPlatform platform;
    private final Browser browser;
    private final PlatformApi api;

    FoncierUiIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        this.api = new PlatformApi(platform);
    }

    @Test
    void theCellMatchesANeedToAnOfferAndFollowsItThroughContactVisitAndNegotiationToASignedLease() {
        String foncier = platform.url(EssorService.FONCIER);
        LocalDate today = LocalDate.now(PARIS);

        // beforehand, through the API (foncier has no page to register an organisation): a Bondy association (T8)
        NewOrganisation organisation = NewOrganisation.association("Atelier vélo de Bondy", "93010");
        PlatformApi.Response registered = api.register(EssorService.FONCIER, "sens", organisation);
        assertThat(registered.status()).as("register: %s", registered).isEqualTo(201);
        // a surface no other test uses, so that this offer is the need's best match
        int surface = 300 + (int) Math.floorMod(System.nanoTime(), 50L);

        browser.signInAt(foncier, "sens");

        // an offer of a social landlord in Bondy
        browser.visit(foncier + "/offres/nouvelle");
        new Select(browser.driver().findElement(By.id("ownerType"))).selectByValue("SOCIAL_LANDLORD");
        type("ownerName", "Bondy Habitat");
        type("address", "14 avenue Gallieni");
        new Select(browser.driver().findElement(By.id("communeInsee"))).selectByValue("93010");
        type("surface", Integer.toString(surface));
        check("allowedUsages-WORKSHOP");
        type("rentPerSquareMetre", "75,50");
        new Select(browser.driver().findElement(By.id("tenure"))).selectByValue("LONG_TERM");
        type("availableFrom", today.format(FRENCH_DATE));
        check("accessible");
        click("Publier l’offre");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "est publiée"));
        browser.screenshot("foncier-1-offer-published");
        String offerId = browser.path().substring("/offres/".length());

        // the organisation's need: a workshop in Bondy
        browser.visit(foncier + "/besoins/nouveau");
        type("organisationId", organisation.siret());
        check("usages-WORKSHOP");
        type("surfaceMin", Integer.toString(surface - 20));
        type("surfaceMax", Integer.toString(surface + 20));
        check("commune-93010");
        type("maxRentPerSquareMetre", "90");
        type("neededFrom", today.format(FRENCH_DATE));
        new Select(browser.driver().findElement(By.id("tenure"))).selectByValue("EITHER");
        type("durationMonths", "36");
        click("Enregistrer le besoin");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "est enregistré"));
        String needId = browser.path().substring("/besoins/".length());

        // the need's page shows the offer among its best matches, with its reasons
        WebElement match = browser.driver().findElement(By.id("rapprochement-" + offerId));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", match);
        browser.screenshot("foncier-2-need-and-its-matches");
        assertThat(text(match)).contains(offerId, "Score", "Bondy");
        assertThat(match.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(4);

        // propose it, with a partner of the cell
        click(By.linkText("Proposer une offre à la structure"));
        browser.driver().findElement(By.id("offre-" + offerId)).click();
        check("partners-SURFACE_UTILE");
        click("Proposer cette offre");
        waitForStage("Mise en relation proposée");
        browser.screenshot("foncier-3-proposed");
        assertThat(browser.heading()).startsWith("Mise en relation ");

        click("Noter la prise de contact");
        waitForStage("Prise de contact");

        type("date", today.format(FRENCH_DATE));
        check("participants-ORGANISATION");
        check("participants-OWNER");
        type("feedback", "Lumineux, accès livraison sur cour");
        click("Noter la visite");
        waitForStage("Visites");
        browser.screenshot("foncier-4-visited");

        click("Ouvrir la négociation");
        waitForStage("Négociation");

        type("startDate", today.format(FRENCH_DATE));
        type("endDate", today.plusYears(3).minusDays(1).format(FRENCH_DATE));
        type("surface", Integer.toString(surface));
        type("annualRent", "22 650,00");
        click("Enregistrer le bail signé");
        waitForStage("Bail signé");
        browser.screenshot("foncier-5-lease-signed");
        String lease = text(browser.driver().findElement(By.id("bail")));
        assertThat(lease).contains("22 650,00 € par an").contains(today.format(FRENCH_DATE));
        String leaseId = browser.driver().findElement(By.id("titre-bail")).getText().replaceAll(".*\\s", "");

        // the need is satisfied and the offer let (foncier's own follow-up of the lease-signed fact)
        await("foncier's follow-up satisfies the need").atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(api.get(EssorService.FONCIER, "/api/premises/needs/" + needId, "sens").json()
                        .path("status").asString()).isEqualTo("SATISFIED"));
        browser.visit(foncier + "/besoins/" + needId);
        assertThat(text(browser.driver().findElement(By.tagName("main")))).contains("Satisfait");
        browser.visit(foncier + "/offres/" + offerId);
        browser.screenshot("foncier-6-offer-let");
        assertThat(text(browser.driver().findElement(By.tagName("main")))).contains("Louée");

        // the lease reaches the roadmap's 360° page of the organisation (signing in there ends foncier's session:
        // both run on localhost, whose session cookie they share)
        await("roadmap's directory knows the lease").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.directoryEntry(organisation.siret()).map(e -> e.path("dealings").path("premises")
                        .toString()).orElse("")).contains(leaseId));
        String roadmap = platform.url(EssorService.ROADMAP);
        browser.signInAt(roadmap, "sens");
        browser.visit(roadmap + "/organisations/" + organisation.siret());
        WebElement premises = browser.driver().findElement(By.xpath("//section[h3[@id='locaux']]"));
        browser.screenshot("foncier-7-roadmap-360");
        assertThat(text(premises)).contains(leaseId, surface + " m²", "Bondy");
    }

    private void waitForStage(String stage) {
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("etape"), stage));
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }


    private void check(String id) {
        WebElement box = browser.driver().findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void click(String button) {
        browser.driver().findElement(By.xpath("//button[normalize-space()=\"" + button + "\"]")).click();
    }

    private void click(By locator) {
        browser.driver().findElement(locator).click();
    }

    /** The visible text, with the no-break spaces of French numbers as plain spaces. */
    private static String text(WebElement element) {
        return element.getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
