package fr.essor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import fr.essor.platform.EssorService;

/**
 * Signing in once at the platform's provider (the real {@code identity-provider}) in Chromium: the other services open
 * without signing in again, an export link of a page downloads with the page's session, and signing out of one
 * service signs out of all. An EPT system's client-credentials token reads its territory and nothing else.
 */
@EndToEnd
class SingleSignOnIT {

    private final EssorPlatform platform;
    private final Browser browser;
    private final PlatformApi api;

    SingleSignOnIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        this.api = new PlatformApi(platform);
    }

    @Test
    void oneSignInOpensEveryServiceAnExportDownloadsFromItsPageAndSigningOutEndsEverySession() throws Exception {
        String roadmap = platform.url(EssorService.ROADMAP);
        String funding = platform.url(EssorService.FUNDING);
        browser.driver().manage().deleteAllCookies();

        browser.visit(roadmap + "/");
        assertThat(browser.driver().getCurrentUrl()).as("sent to the provider").startsWith(platform.issuerUrl());
        browser.signInAs("dmta");
        assertThat(browser.driver().getCurrentUrl()).startsWith(roadmap);
        browser.screenshot("sso-1-roadmap");

        browser.visit(funding + "/laureats");
        assertThat(browser.driver().getCurrentUrl()).as("no second sign-in").startsWith(funding + "/laureats");
        assertThat(browser.driver().findElement(By.cssSelector(".site-header__username")).getText()).isEqualTo("dmta");
        browser.screenshot("sso-2-funding-laureates");

        String xlsx = browser.driver().findElement(By.linkText("XLSX")).getAttribute("href");
        HttpResponse<byte[]> download = withPageCookies(xlsx);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(new String(download.body(), 0, 2)).as("a zip (XLSX) file").isEqualTo("PK");

        browser.driver().findElement(By.xpath("//button[normalize-space()='Se déconnecter']")).click();
        browser.waitUntil(ExpectedConditions.urlContains("/login?logout"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(funding + "/login?logout");
        assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
                .contains("Vous êtes déconnecté");
        browser.screenshot("sso-3-signed-out");

        browser.visit(roadmap + "/");
        // ended by the provider's back-channel logout, sent in the background: the page says signed out (or, when the
        // browser came back before roadmap heard of it, that the session ended)
        assertThat(browser.driver().getCurrentUrl()).as("roadmap's session ended too")
                .isIn(roadmap + "/login?logout", roadmap + "/login?expired");
        browser.driver().findElement(By.xpath("//a[normalize-space()='Se connecter' or normalize-space()='Se reconnecter']"))
                .click();
        browser.waitUntil(ExpectedConditions.urlContains(platform.issuerUrl()));
        assertThat(browser.driver().getCurrentUrl()).as("and the provider's: it asks who is there")
                .startsWith(platform.issuerUrl() + "/login");
    }

    @Test
    void anEptClientTokenReadsItsTerritoryAndIsRefusedAnother() {
        String saintDenis = api.post(EssorService.FONCIER, "/api/premises/offers", "sens", offer("93066")).location();
        String bondy = api.post(EssorService.FONCIER, "/api/premises/offers", "sens", offer("93010")).location();
        assertThat(saintDenis).isNotNull();
        assertThat(bondy).isNotNull();

        assertThat(api.get(EssorService.FONCIER, "/api/ept/T8/offers", "ept-est-ensemble").status()).isEqualTo(200);
        assertThat(api.get(EssorService.FONCIER, path(bondy), "ept-est-ensemble").status()).as("Bondy is T8")
                .isEqualTo(200);
        PlatformApi.Response other = api.get(EssorService.FONCIER, path(saintDenis), "ept-est-ensemble");
        assertThat(other.status()).as("Saint-Denis is T6").isEqualTo(403);
        assertThat(other.body()).contains("\"status\":403");
    }

    private static String path(String location) {
        return URI.create(location).getPath();
    }

    private HttpResponse<byte[]> withPageCookies(String url) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies)
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String offer(String communeInsee) {
        return """
                {"ownerType": "PRIVATE_OWNER", "ownerName": "SCI des Platanes", "address": "3 allée des Platanes",
                 "communeInsee": "%s", "surface": 120, "allowedUsages": ["OFFICES"], "rentPerSquareMetre": 120,
                 "availableFrom": "2026-07-01", "tenure": "LONG_TERM", "erpCategory": null, "accessible": true,
                 "notes": "Visite le mardi"}""".formatted(communeInsee);
    }
}
