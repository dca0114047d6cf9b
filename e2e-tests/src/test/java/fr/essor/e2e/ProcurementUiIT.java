package fr.essor.e2e;

import fr.essor.kit.testing.Sirets;
import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, a buyer adds an SIAE of the registry to the supplier directory, opens a reserved contract from
 * the contracts page (a forgotten field is shown next to it), posts a sourcing need and sees the supplier matched,
 * awards it the contract and records an avenant from the contract's page; a facilitator reports insertion hours
 * there, and the SPASER dashboard shows the award and the hours.
 */
@EndToEnd
class ProcurementUiIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EssorPlatform platform;
    private final Browser browser;
    private final PlatformApi api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ProcurementUiIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        this.api = new PlatformApi(platform);
    }

    @Test
    void aBuyerMatchesASupplierToANeedAwardsItAReservedContractAndTheSpaserShowsTheAwardAndTheHours() {
        String procurement = platform.url(EssorService.PROCUREMENT);
        LocalDate today = LocalDate.now(PARIS);
        YearMonth reported = YearMonth.from(today).minusMonths(1);

        // beforehand, through the API: an SIAE of Montreuil (T8) in the organisation registry, where SIRETs come from
        String siret = Sirets.next();
        String supplier = "Jardins d'insertion " + siret.substring(8);
        PlatformApi.Response registered = api.register(EssorService.PROCUREMENT, "achats",
                new NewOrganisation(siret, null, supplier, "ASSOCIATION", true, "ACI", "93048"));
        assertThat(registered.status()).as("register: %s", registered).isEqualTo(201);

        // as the purchasing directorate: add it to the supplier directory (gardening, division 77, in T8)
        browser.signInAt(procurement, "achats");
        browser.visit(procurement + "/fournisseurs");
        browser.driver().findElement(By.linkText("Ajouter un fournisseur")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("siret")));
        new Select(browser.driver().findElement(By.id("siret"))).selectByValue(siret);
        browser.driver().findElement(By.id("sector-77")).click();
        browser.driver().findElement(By.id("territory-T8")).click();
        type("workforce", "14");
        type("maxContractAmount", "150 000");
        click("Ajouter à l\u2019annuaire");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "La fiche de " + supplier + " est enregistrée."));
        browser.screenshot("procurement-0-supplier-described");
        assertThat(text(By.tagName("main"))).contains("Atelier et chantier d'insertion", "77 — Services agricoles",
                "150 000,00 €");

        // open the reserved contract from the contracts page; the first try forgets the planned insertion hours
        String reference = "UI" + Math.floorMod(System.nanoTime(), 100_000_000L);
        LocalDate start = reported.minusMonths(2).atDay(1);
        browser.visit(procurement + "/marches");
        browser.driver().findElement(By.linkText("Enregistrer un marché")).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
        type("reference", reference);
        type("lot", "1");
        type("object", "Entretien des parcs départementaux d'Est Ensemble");
        new Select(browser.driver().findElement(By.id("procedure"))).selectByValue("OPEN_TENDER");
        type("cpvCode", "77310000-6");
        type("estimatedAmount", "95 000");
        type("startOn", start.format(FRENCH_DATE));
        type("durationMonths", "24");
        type("buyerDirectorate", "DBL");
        new Select(browser.driver().findElement(By.id("executionCommune"))).selectByValue("93048");
        new Select(browser.driver().findElement(By.id("ccag"))).selectByValue("SUPPLIES_AND_SERVICES");
        new Select(browser.driver().findElement(By.id("priceForm"))).selectByValue("UNIT");
        browser.driver().findElement(By.id("reservation-L2113-13")).click();
        browser.driver().findElement(By.id("social-SOCIAL_CLAUSE")).click();
        click("Enregistrer le marché");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("insertionHoursPlanned-erreur")));
        browser.screenshot("procurement-0-contract-form-error");
        assertThat(browser.driver().findElement(By.id("insertionHoursPlanned")).getAttribute("aria-describedby"))
                .isEqualTo("insertionHoursPlanned-erreur");
        type("insertionHoursPlanned", "900");
        click("Enregistrer le marché");
        String contractId = reference + "-L1";
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Le marché " + contractId + " est enregistré en consultation."));
        browser.screenshot("procurement-0-contract-opened");
        assertThat(text(By.tagName("main"))).contains("77310000-6 (division 77 — Services agricoles",
                "Réservé aux structures d'insertion par l'activité économique (L2113-13)", "Clause sociale",
                "Marché réservé", "900");

        // post the need, see the supplier matched
        browser.visit(procurement + "/besoins");
        type("buyerDirectorate", "DBL");
        type("object", "Entretien des parcs départementaux d'Est Ensemble");
        new Select(browser.driver().findElement(By.id("cpvDivision"))).selectByValue("77");
        new Select(browser.driver().findElement(By.id("territoryCode"))).selectByValue("T8");
        type("minAmount", "50000");
        type("maxAmount", "100000");
        type("answerBy", today.plusDays(21).format(FRENCH_DATE));
        click("Publier le besoin");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Besoin publié"));
        browser.screenshot("procurement-1-need-published");
        assertThat(browser.heading()).startsWith("Besoin BS-");
        assertThat(browser.driver().findElement(By.id("table-fournisseurs")).getText()).contains(supplier, "Oui");

        // award the reserved contract to it from the contract's page
        browser.visit(procurement + "/marches/" + contractId);
        type("siret", siret);
        type("amount", "92 500,00");
        type("notifiedOn", today.format(FRENCH_DATE));
        type("offersReceived", "2");
        click("Attribuer");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Le marché est attribué à " + supplier));
        browser.screenshot("procurement-2-contract-awarded");

        // the buyers extend it by an avenant: a new amount and end date; the history says who recorded it
        LocalDate newEnd = start.plusMonths(30).minusDays(1);
        type("notifiedOn", today.format(FRENCH_DATE));
        type("amount", "110 000,00");
        type("endOn", newEnd.format(FRENCH_DATE));
        type("reason", "Ajout du parc de la Poudrerie");
        click("Enregistrer l'avenant");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "L'avenant n° 1 est enregistré : montant actuel 110"));
        browser.screenshot("procurement-2-avenant-recorded");
        assertThat(text(By.xpath("//h3[@id='avenants']/following-sibling::div[1]//table"))).contains("n° 1",
                "30 mois", "110 000,00 €", "Ajout du parc de la Poudrerie", "par achats");
        assertThat(text(By.tagName("main"))).contains("au " + newEnd.format(FRENCH_DATE) + " (30 mois)");

        // as a clause facilitator: report last month's hours on the contract's page
        browser.signInAt(procurement, "facilitateur");
        browser.visit(procurement + "/marches/" + contractId);
        type("period", reported.format(DateTimeFormatter.ofPattern("MM/yyyy")));
        type("hours_rsaRecipients", "120");
        type("people_rsaRecipients", "2");
        click("Déclarer les heures");
        browser.waitUntil(driver -> text(By.tagName("main")).contains("120 h déclarées pour"));
        browser.screenshot("procurement-3-hours-reported");

        // the SPASER dashboard of the year shows the award and, for the hours' year, the hours done
        browser.visit(procurement + "/spaser?year=" + today.getYear());
        browser.screenshot("procurement-4-spaser");
        String reserved = text(By.xpath("//h2[@id='marches-reserves']/following-sibling::div[1]//table"));
        assertThat(reserved).contains(contractId, "L2113-13", supplier, "92 500,00 €");
        browser.visit(procurement + "/spaser?year=" + reported.getYear());
        WebElement hoursRow = browser.driver().findElement(By.xpath(
                "//h2[@id='heures']/following-sibling::div[1]//tr[th[contains(., '" + contractId + "')]]"));
        assertThat(hoursRow.getText().replace('\u00a0', ' ').replace('\u202f', ' ')).contains("120 h");
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void click(String button) {
        browser.driver().findElement(By.xpath("//button[normalize-space()=\"" + button + "\"]")).click();
    }

    /** The visible text, with the no-break spaces of French numbers as plain spaces. */
    private String text(By locator) {
        return browser.driver().findElement(locator).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private PlatformApi.Response send(String method, String path, String json) {
        return api.send(EssorService.PROCUREMENT, method, path, "achats", json);
    }
}
