package fr.essor.kit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signed-in browser against a tiny fake of a service: a sign-in form, a session cookie, a page with a form. */
class SignedInBrowserTest {

    /** What the fake service received. */
    record Received(String method, String path, String cookie, String authorization, String contentType,
            String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private int port;

    @BeforeEach
    void startTheFakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stopTheFakeService() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        String path = exchange.getRequestURI().toString();
        received.add(new Received(exchange.getRequestMethod(), path, cookie,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        switch (key) {
            case "GET /login" -> {
                exchange.getResponseHeaders().add("Set-Cookie", "SESSION=anonymous; Path=/");
                reply(exchange, 200, "<form><input type=\"hidden\" name=\"_csrf\" value=\"login-token\"></form>");
            }
            case "POST /login" -> {
                boolean valid = body.contains("username=sens") && body.contains("password=sens")
                        && body.contains("_csrf=login-token") && "SESSION=anonymous".equals(cookie);
                if (valid) {
                    exchange.getResponseHeaders().add("Set-Cookie", "SESSION=signed-in; Path=/");
                }
                exchange.getResponseHeaders().add("Location", valid ? "/" : "/login?error");
                reply(exchange, 302, "");
            }
            case "GET /besoins/nouveau" -> reply(exchange, 200,
                    "<form><input type=\"hidden\" name=\"_csrf\" value=\"form-token\"></form>");
            case "POST /besoins" -> {
                exchange.getResponseHeaders().add("Location", "/besoins/42?cree");
                reply(exchange, 302, "");
            }
            case "GET /besoins/42" -> reply(exchange, 200, "Besoin enregistré.");
            case "GET /export.csv" -> reply(exchange, 200, "a;b");
            case "PATCH /api/actions/1" -> reply(exchange, 200, "{\"patched\":true}");
            default -> reply(exchange, 200, "<p>Pas de formulaire</p>");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private Received last() {
        return received.getLast();
    }

    @Test
    void signingInPostsTheCredentialsWithTheLoginPageTokenThenKeepsTheSessionCookie() {
        SignedInBrowser browser = SignedInBrowser.signIn(port, "sens");

        browser.page("/besoins/42");

        assertThat(received.get(1).body()).contains("username=sens", "password=sens", "_csrf=login-token");
        assertThat(last().cookie()).isEqualTo("SESSION=signed-in");
        assertThat(last().authorization()).isNull();
    }

    @Test
    void aRefusedSignInStopsTheTestWithTheReason() {
        assertThatThrownBy(() -> SignedInBrowser.signIn(port, "inconnu"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Sign-in as inconnu failed: 302 /login?error");
    }

    @Test
    void withBasicSendsTheDemoCredentialsWithEveryRequest() {
        SignedInBrowser.withBasic(port, "achats").page("/besoins/42");

        assertThat(last().authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("achats:achats".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFormIsPostedUrlEncodedWithTheTokenOfItsPageAndTheRedirectIsNotFollowedByItself() {
        SignedInBrowser browser = SignedInBrowser.withBasic(port, "sens");

        HttpResponse<String> created = browser.submit("/besoins/nouveau", "/besoins",
                Map.of("title", "Atelier & bureaux à Saint-Denis"));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(last().method()).isEqualTo("POST");
        assertThat(last().contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(last().body())
                .isEqualTo("title=Atelier+%26+bureaux+%C3%A0+Saint-Denis&_csrf=form-token");
    }

    @Test
    void aRepeatedFieldIsSentOncePerValue() {
        SignedInBrowser browser = SignedInBrowser.withBasic(port, "sens");

        browser.submitMultiValued("/besoins/nouveau", "/besoins", Map.of("usages", List.of("BUREAU", "ATELIER")));

        assertThat(last().body()).isEqualTo("usages=BUREAU&usages=ATELIER&_csrf=form-token");
    }

    @Test
    void aPageWithoutTokenCannotBeSubmitted() {
        SignedInBrowser browser = SignedInBrowser.withBasic(port, "sens");

        assertThatThrownBy(() -> browser.submit("/accueil", "/besoins", Map.of("title", "Atelier")))
                .isInstanceOf(IllegalStateException.class).hasMessage("No CSRF token in /accueil");
        assertThat(received).extracting(Received::method).containsOnly("GET");
    }

    @Test
    void followingARedirectOpensThePageItPointsTo() {
        SignedInBrowser browser = SignedInBrowser.withBasic(port, "sens");
        HttpResponse<String> created = browser.submit("/besoins/nouveau", "/besoins", Map.of("title", "Atelier"));

        HttpResponse<String> page = browser.follow(created);

        assertThat(page.body()).isEqualTo("Besoin enregistré.");
        assertThat(last().path()).isEqualTo("/besoins/42?cree");
    }

    @Test
    void jsonCallsCarryTheirMethodAndBodyAndFilesComeAsBytes() {
        SignedInBrowser browser = SignedInBrowser.withBasic(port, "sens");

        HttpResponse<String> patched = browser.json("PATCH", "/api/actions/1", "{\"status\":\"DONE\"}");

        assertThat(patched.body()).isEqualTo("{\"patched\":true}");
        assertThat(last().contentType()).isEqualTo("application/json");
        assertThat(last().body()).isEqualTo("{\"status\":\"DONE\"}");
        assertThat(browser.download("/export.csv").body()).isEqualTo("a;b".getBytes(StandardCharsets.UTF_8));
    }
}
