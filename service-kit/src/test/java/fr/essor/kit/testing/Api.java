package fr.essor.kit.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A plain HTTP client for API tests: exact bodies and headers, a bearer access token of the test OpenID provider
 * ({@link TestIdentityProvider}) for a test account, as an EPT system or a script would send it. Every exchange under
 * {@code /api/} is checked against the service's own OpenAPI document ({@link OpenApiTraffic}): an undocumented
 * status or field fails the test.
 */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    private final int port;
    private final String username;
    private SignedInBrowser pages;

    private Api(int port, String authorization, String username) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
        this.username = username;
    }

    public static Api at(int port) {
        return new Api(port, null, null);
    }

    /**
     * Calls with an access token of this {@link TestAccounts} account; the pages it asks for (outside {@code /api/}) are
     * read signed in as the account, the way a person reads them.
     */
    public Api as(String username) {
        return new Api(port, "Bearer " + TestIdentityProvider.shared().accessToken(username), username);
    }

    /** Calls with this access token, valid or not. */
    public Api withToken(String accessToken) {
        return new Api(port, "Bearer " + accessToken, null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "application/json, application/problem+json").GET());
    }

    /** Any resource, with the given Accept header. */
    public HttpResponse<String> get(String path, String accept) {
        if (readsPagesSignedIn(path)) {
            return signedInPages().get(path, accept);
        }
        return send(request(path).header("Accept", accept).GET());
    }

    /** A page, as a browser asks for it. */
    public HttpResponse<String> page(String path) {
        if (readsPagesSignedIn(path)) {
            return signedInPages().page(path);
        }
        return send(request(path).header("Accept", "text/html").GET());
    }

    private boolean readsPagesSignedIn(String path) {
        return username != null && !path.startsWith("/api/") && !path.startsWith("/v3/")
                && !path.startsWith("/actuator/");
    }

    private synchronized SignedInBrowser signedInPages() {
        if (pages == null) {
            pages = SignedInBrowser.signIn(port, username);
        }
        return pages;
    }

    /** A page asked through the TLS reverse proxy of production ({@code X-Forwarded-Proto: https}). */
    public HttpResponse<String> pageForwardedAsHttps(String path) {
        return send(request(path).header("Accept", "text/html").header("X-Forwarded-Proto", "https").GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Accept", "application/json, application/problem+json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), body);
    }

    /** A JSON POST with an {@code Idempotency-Key} header (sent as the draft's structured-field string). */
    public HttpResponse<String> postJsonWithIdempotencyKey(String path, String key, String json) {
        return send(request(path).header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json").header("Idempotency-Key", "\"" + key + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), json);
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), json);
    }

    /**
     * Any request: {@code contentType} and {@code body} may be {@code null} (no body). Asks for JSON or a problem.
     */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path).header("Accept", "application/json, application/problem+json");
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), body);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return send(builder, null);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder, String body) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            OpenApiTraffic.check(port, request.method(), request.uri().getRawPath()
                    + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()),
                    request.headers().map(), body, response);
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
