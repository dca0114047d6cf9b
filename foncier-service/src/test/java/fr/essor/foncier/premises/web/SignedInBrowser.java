package fr.essor.foncier.premises.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, signed in through the sign-in form: it keeps the session cookie, follows no
 * redirect by itself, and posts forms with the CSRF token of the page they come from.
 */
public final class SignedInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private SignedInBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in with the demo account (password = username) as a person does, through {@code /login}. */
    public static SignedInBrowser signIn(int port, String username) {
        SignedInBrowser browser = new SignedInBrowser(port);
        HttpResponse<String> signedIn = browser.submit("/login", "/login",
                Map.of("username", List.of(username), "password", List.of(username)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + signedIn.statusCode() + " "
                    + location);
        }
        return browser;
    }

    public HttpResponse<String> page(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form of the page at {@code pagePath}; a field may repeat (checkboxes). */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, List<String>> fields) {
        Matcher csrf = CSRF.matcher(page(pagePath).body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token in " + pagePath);
        }
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&")) + "&_csrf=" + encode(csrf.group(1));
        return send(request(action).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
