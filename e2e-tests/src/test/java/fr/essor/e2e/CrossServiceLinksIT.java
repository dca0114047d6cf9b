package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link from one service's pages to another service's leads somewhere the person may go (issue 11): each
 * service's own links are crawled by its baseline test (kit {@code LinkCrawler}); this one signs in once per person
 * on the running platform (single sign-on, a session in each service), reads the pages of every service the person
 * reaches, and follows each link that points to another service, which must not answer 403, 404, 405 or an error.
 * Today those links are the services' menu; a page that links into another service's pages is checked the same way.
 */
@EndToEnd
class CrossServiceLinksIT {

    /**
     * The people of the demo who sign in to pages: agents of each directorate, the buyers, the facilitator, the hub,
     * ops (the EPTs' systems are API clients, without pages; the applicants reach funding only).
     */
    private static final List<String> PEOPLE = List.of("sens", "dmta", "djva", "dter", "achats", "facilitateur",
            "pole", "ops");
    /** Pages read per person and service: the homes, lists and a few records are where cross links are. */
    private static final int PAGES_PER_SERVICE = 25;
    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*?\\shref=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final List<String> NOT_FOLLOWED = List.of("/logout", "/login", "/oauth2/", "/swagger-ui",
            "/v3/api-docs", "/actuator", ".pdf", ".xlsx", ".csv", ".json");

    private final EssorPlatform platform;
    private final Browser browser;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    CrossServiceLinksIT(EssorPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    record DeadLink(String person, String from, String to, int status) {
    }

    @Test
    void everyLinkFromOneServiceToAnotherLeadsSomewhereThePersonMayGo() {
        // at least one organisation known everywhere, so that the pages that link across services have a record
        PlatformApi api = new PlatformApi(platform);
        assertThat(api.register(EssorService.FUNDING, "dmta",
                NewOrganisation.association("Liens entre services", "93048")).status()).isEqualTo(201);

        List<DeadLink> dead = new ArrayList<>();
        Map<String, Set<String>> servicesLinked = new LinkedHashMap<>(); // person -> services linked from the others
        for (String person : PEOPLE) {
            String cookies = signedInEverywhere(person);
            Map<String, String> followed = new LinkedHashMap<>(); // cross link -> the page it was found on
            for (EssorService service : EssorService.values()) {
                String base = platform.url(service);
                for (Map.Entry<String, String> link : crossLinksOf(base, cookies).entrySet()) {
                    followed.putIfAbsent(link.getKey(), link.getValue());
                }
            }
            servicesLinked.put(person, followed.keySet().stream().map(url -> URI.create(url).resolve("/").toString())
                    .collect(Collectors.toSet()));
            for (Map.Entry<String, String> link : followed.entrySet()) {
                int status = statusOf(link.getKey(), cookies);
                if (status == 403 || status == 404 || status == 405 || status >= 500) {
                    dead.add(new DeadLink(person, link.getValue(), link.getKey(), status));
                }
            }
        }

        assertThat(servicesLinked).as("every person reached each service through the links of the others")
                .allSatisfy((person, linked) -> assertThat(linked).hasSize(EssorService.values().length));
        assertThat(dead).as("links to another service that lead nowhere the person may go").isEmpty();
    }

    /** Signs in at one service, then opens every other: the provider's session signs the person in everywhere. */
    private String signedInEverywhere(String person) {
        browser.signInAt(platform.url(EssorService.ROADMAP), person);
        for (EssorService service : EssorService.values()) {
            browser.visit(platform.url(service) + "/");
            browser.waitUntil(driver -> driver.getCurrentUrl().startsWith(platform.url(service)));
        }
        // cookies ignore ports: each service's session cookie has its own name, all are sent to every service
        return browser.driver().manage().getCookies().stream().filter(c -> c.getName().startsWith("ESSOR_"))
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** Reads up to PAGES_PER_SERVICE pages of the service at {@code base}; answers its links to other services. */
    private Map<String, String> crossLinksOf(String base, String cookies) {
        Map<String, String> cross = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        int read = 0;
        while (!queue.isEmpty() && read < PAGES_PER_SERVICE) {
            String path = queue.poll();
            read++;
            HttpResponse<String> page = get(base + path, cookies);
            if (page.statusCode() != 200
                    || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher href = HREF.matcher(page.body());
            while (href.find()) {
                String target = href.group(1).replace("&amp;", "&");
                if (target.isEmpty() || target.startsWith("#") || NOT_FOLLOWED.stream().anyMatch(target::contains)) {
                    continue;
                }
                String otherService = otherServiceOf(target, base);
                if (otherService != null) {
                    cross.putIfAbsent(target, base + path);
                } else if (target.startsWith("/") && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        return cross;
    }

    /** The base URL of the other Essor service a link points to, or null (same service, provider, elsewhere). */
    private String otherServiceOf(String target, String base) {
        for (EssorService service : EssorService.values()) {
            String other = platform.url(service);
            if (!other.equals(base) && (target.equals(other) || target.startsWith(other + "/"))) {
                return other;
            }
        }
        return null;
    }

    /** The status a link answers, redirects within the platform followed (a sign-in redirect is a failure: 403). */
    private int statusOf(String url, String cookies) {
        String next = url;
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> response = get(next, cookies);
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return status;
            }
            URI location = URI.create(next).resolve(response.headers().firstValue("Location").orElseThrow());
            if (location.getPath().startsWith("/login") || location.getPath().startsWith("/oauth2/")) {
                return 403; // the person would be asked to sign in again: not somewhere they may go
            }
            next = location.toString();
        }
        return 508;
    }

    private HttpResponse<String> get(String url, String cookies) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                            .header("Cookie", cookies).timeout(PlatformApi.REQUEST_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
