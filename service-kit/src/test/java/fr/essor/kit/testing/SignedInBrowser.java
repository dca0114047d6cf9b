package fr.essor.kit.testing;

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
 * A browser without JavaScript for page tests: it keeps the session cookie, follows no redirect by itself, and posts
 * forms with the CSRF token of the page they come from. It signs in as a person does, through the service's
 * authorization code flow at the test OpenID provider ({@link TestIdentityProvider}), or sends a bearer token with
 * every request, which also opens the stateless {@code /api/**}.
 */
public final class SignedInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;
    private String sessionCsrfToken;

    private SignedInBrowser(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /**
     * Signs in with a test account as a browser does: the service sends it to the provider (authorization request
     * with PKCE), the provider signs in the account named by {@code login_hint} and sends it back with a code, which the
     * service exchanges for the tokens before opening its session.
     */
    public static SignedInBrowser signIn(int port, String username) {
        SignedInBrowser browser = new SignedInBrowser("http://localhost:" + port, null);
        browser.signInAs(username);
        return browser;
    }

    /**
     * Signed in as the account on the pages (its session) and sending its access token with every request, so that the
     * same browser reads the pages and writes through {@code /api/**}, as a test that prepares data by API and checks it
     * on a page needs.
     */
    public static SignedInBrowser withToken(int port, String username) {
        SignedInBrowser browser = new SignedInBrowser("http://localhost:" + port,
                "Bearer " + TestIdentityProvider.shared().accessToken(username));
        browser.signInAs(username);
        return browser;
    }

    private void signInAs(String username) {
        HttpResponse<String> toProvider = send(request("/oauth2/authorization/essor").GET());
        String authorize = location(toProvider);
        HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(authorize + "&login_hint="
                + encode(username))).timeout(Duration.ofSeconds(30)).GET());
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(location(back)))
                .timeout(Duration.ofSeconds(30)).GET());
        String landing = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || landing.contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + signedIn.statusCode() + " "
                    + landing);
        }
    }

    private static String location(HttpResponse<?> redirect) {
        if (redirect.statusCode() != 302) {
            throw new IllegalStateException("Expected a redirect during sign-in, got " + redirect.statusCode() + " "
                    + redirect.uri());
        }
        return redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No Location in a " + redirect.statusCode()));
    }

    /** A page, as a browser asks for it. */
    public HttpResponse<String> page(String path) {
        return send(request(path).header("Accept", "text/html").GET());
    }

    /** A JSON resource (or its problem). */
    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "application/json, application/problem+json").GET());
    }

    /** Any resource, with the given Accept header. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** A JSON call with any method; a {@code null} body sends none. */
    public HttpResponse<String> json(String method, String path, String body) {
        return send(request(path).header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A file (PDF, spreadsheet, CSV) as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page a redirect points to. */
    public HttpResponse<String> follow(HttpResponse<?> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No Location in a " + redirect.statusCode()));
        return page(location);
    }

    /** Posts a form of the page at {@code pagePath} to {@code action}, with that page's CSRF token. */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
        return submitMultiValued(pagePath, action, fields.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
    }

    /** As {@link #submit}, where a field may repeat (checkboxes, multiple selections). */
    public HttpResponse<String> submitMultiValued(String pagePath, String action, Map<String, List<String>> fields) {
        String token = csrfTokenOf(pagePath);
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(token);
        return send(request(action).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Posts a multipart form (one file and text fields) of the page at {@code pagePath}, with that page's CSRF token. */
    public HttpResponse<String> submitMultipart(String pagePath, String action, Map<String, String> fields,
                                                String fileField, String fileName, byte[] content) {
        String boundary = "essor-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrfTokenOf(pagePath));
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(action).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Posts a form to {@code action} with the CSRF token of the session, read once from the home page (every page of
     * the layout carries it in its sign-out form): for tests that post many forms without reading their pages.
     */
    public HttpResponse<String> post(String action, Map<String, String> fields) {
        if (sessionCsrfToken == null) {
            sessionCsrfToken = csrfTokenOf("/");
        }
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(sessionCsrfToken);
        return send(request(action).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private String csrfTokenOf(String pagePath) {
        HttpResponse<String> page = page(pagePath);
        if (page.statusCode() / 100 == 3) {
            // a home that sends the account elsewhere (an applicant's, to its own space): that page has the token
            page = follow(page);
        }
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token in " + pagePath);
        }
        return csrf.group(1);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base).resolve(path))
                .timeout(Duration.ofSeconds(30));
        return authorization == null ? builder : builder.header("Authorization", authorization);
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
