package fr.essor.e2e;

import fr.essor.kit.testing.Sirets;
import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer posts a sourcing need in a real browser and sees a matching ESS supplier, awards it a reserved contract
 * from the contract's page, a facilitator reports insertion hours there, and the SPASER dashboard shows both.
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

        // beforehand, through the API: an SIAE of Montreuil (T8) in the directory (gardening, division 77), and an
        // open contract reserved to SIAE (there is no page to open a contract)
        String siret = Sirets.next();
        String supplier = "Jardins d'insertion " + siret.substring(8);
        PlatformApi.Response registered = api.register(EssorService.PROCUREMENT, "achats",
                new NewOrganisation(siret, null, supplier, "ASSOCIATION", true, "ACI", "93048"));
        assertThat(registered.status()).as("register: %s", registered).isEqualTo(201);
        PlatformApi.Response described = send("PUT", "/api/suppliers/" + siret, """
                {"sectors":["77"],"territories":["T8"],"workforce":14,"maxContractAmount":150000}""");
        assertThat(described.status()).as("describe: %s", described).isEqualTo(200);
        String reference = "UI" + Math.floorMod(System.nanoTime(), 100_000_000L);
        PlatformApi.Response opened = send("POST", "/api/contracts", """
                {"reference":"%s","lot":1,"object":"Entretien des parcs départementaux d'Est Ensemble",
                 "procedure":"OPEN_TENDER","cpvCode":"77310000-6","estimatedAmount":95000,"durationMonths":24,
                 "startOn":"%s","buyerDirectorate":"DBL","executionCommune":"93048","reservation":"L2113-13",
                 "socialConsiderations":["RESERVED_CONTRACT","SOCIAL_CLAUSE"],"environmentalConsiderations":[],
                 "insertionHoursPlanned":900,"ccag":"SUPPLIES_AND_SERVICES","priceForm":"UNIT"}"""
                .formatted(reference, reported.minusMonths(2).atDay(1)));
        assertThat(opened.status()).as("open: %s", opened).isEqualTo(201);
        String contractId = reference + "-L1";

        // as the purchasing directorate: post the need, see the supplier matched
        browser.signInAt(procurement, "achats");
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
        browser.visit(procurement + "/contracts/" + contractId);
        type("siret", siret);
        type("amount", "92 500,00");
        type("notifiedOn", today.format(FRENCH_DATE));
        type("offersReceived", "2");
        click("Attribuer");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                "Le marché est attribué à " + supplier));
        browser.screenshot("procurement-2-contract-awarded");

        // as a clause facilitator: report last month's hours on the contract's page
        browser.signInAt(procurement, "facilitateur");
        browser.visit(procurement + "/contracts/" + contractId);
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url(EssorService.PROCUREMENT) + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("achats:achats"
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .timeout(Duration.ofSeconds(15))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new PlatformApi.Response(response.statusCode(), response.headers().firstValue("Location")
                    .orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
