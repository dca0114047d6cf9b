package fr.essor.e2e.ept;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The system of one EPT, written from {@code docs/integration-ept.md} and the services' OpenAPI documents alone: no
 * class of a service or of the kit. It gets its token from the identity provider's token endpoint with its client id
 * and secret (client credentials, HTTP Basic, as the guide's {@code curl -u}), asks for a new one when it has expired
 * or an API answers 401, and talks to each service through {@link Service}, which finds every path it calls in the
 * service's live {@code /v3/api-docs} by operationId and checks every answer against the document.
 */
public final class EptClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String token;
    private Instant renewAfter = Instant.MIN;

    /**
     * @param tokenEndpoint the provider's token endpoint ({@code <issuer>/oauth2/token} in the guide)
     * @param clientId      the EPT's client, e.g. {@code ept-grand-est}
     * @param clientSecret  its secret, given by the Département (the client id itself in the local platform)
     */
    public EptClient(URI tokenEndpoint, String clientId, String clientSecret) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /**
     * A client of the provider at {@code issuer}, its token endpoint read from the provider's discovery document
     * ({@code <issuer>/.well-known/openid-configuration}, {@code token_endpoint}), as the guide says: the same code
     * then works with the local provider and with production's Keycloak.
     */
    public static EptClient discover(URI issuer, String clientId, String clientSecret) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI discovery = URI.create(issuer.toString().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode endpoint = response.statusCode() == 200
                    ? JSON.readTree(response.body()).path("token_endpoint") : JSON.missingNode();
            if (!endpoint.isString()) {
                throw new IllegalStateException("No token_endpoint at " + discovery + ": " + response.statusCode()
                        + " " + response.body());
            }
            return new EptClient(URI.create(endpoint.asString()), clientId, clientSecret);
        } catch (IOException e) {
            throw new UncheckedIOException(discovery.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The token endpoint this client asks for its tokens. */
    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /** One service at its base URL, with its OpenAPI document read now (it needs a token too). */
    public Service service(URI baseUrl) {
        Exchange document = send("GET", baseUrl.resolve("/v3/api-docs"), null);
        if (document.status() != 200) {
            throw new IllegalStateException("GET " + baseUrl + "/v3/api-docs answered " + document);
        }
        return new Service(this, baseUrl, ApiDocument.parse(baseUrl.toString(), document.body()));
    }

    /** The claims of the current access token (a JWT), as the guide describes them ({@code roles}, {@code territory}). */
    public JsonNode tokenClaims() {
        String[] parts = accessToken().split("\\.");
        if (parts.length != 3) {
            throw new IllegalStateException("The access token is not a JWT");
        }
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    /** An HTTP exchange with the bearer token; once more with a new token if the service answers 401. */
    Exchange send(String method, URI uri, String jsonBody) {
        Exchange exchange = sendOnce(method, uri, jsonBody);
        if (exchange.status() == 401) {
            renewAfter = Instant.MIN;
            exchange = sendOnce(method, uri, jsonBody);
        }
        return exchange;
    }

    private Exchange sendOnce(String method, URI uri, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken())
                .header("Accept", "application/json, application/problem+json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = exchange(request.build());
        return new Exchange(method, uri, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    private synchronized String accessToken() {
        if (token == null || Instant.now().isAfter(renewAfter)) {
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (enc(clientId) + ":" + enc(clientSecret)).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The token endpoint answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            token = body.path("access_token").asString();
            long lifetime = body.path("expires_in").asLong(60);
            // ask again a little before it expires (the guide: expires_in, or at the first 401)
            renewAfter = Instant.now().plusSeconds(Math.max(1, lifetime - 30));
        }
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What a service answered. */
    public record Exchange(String method, URI uri, int status, String contentType, String location, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return method + " " + uri + " → " + status + " " + body;
        }
    }

    /** The API of one service, as its OpenAPI document describes it. */
    public static final class Service {

        private final EptClient client;
        private final URI baseUrl;
        private final ApiDocument document;

        Service(EptClient client, URI baseUrl, ApiDocument document) {
            this.client = client;
            this.baseUrl = baseUrl;
            this.document = document;
        }

        public ApiDocument document() {
            return document;
        }

        /**
         * Calls the operation of that id with its path variables, query parameters and JSON body (or null), and
         * returns its JSON answer once checked against the document: any other status than the documented success,
         * or a body that does not match its schema, fails with the answer.
         */
        public JsonNode call(String operationId, Map<String, String> variables, Map<String, String> query,
                             String jsonBody) {
            ApiDocument.Operation operation = document.operation(operationId);
            StringBuilder path = new StringBuilder(ApiDocument.expand(operation, variables));
            String separator = "?";
            for (Map.Entry<String, String> parameter : query.entrySet()) {
                if (parameter.getValue() != null) {
                    path.append(separator).append(enc(parameter.getKey())).append('=')
                            .append(enc(parameter.getValue()));
                    separator = "&";
                }
            }
            return checked(operation, client.send(operation.method().toUpperCase(), baseUrl.resolve(path.toString()),
                    jsonBody));
        }

        /**
         * Calls a path the service handed out (an {@code opinionUrl}): the document must have an operation with
         * that method whose path template matches it, and the answer is checked against that operation.
         */
        public JsonNode callHandedOut(String method, String path, String jsonBody) {
            ApiDocument.Operation operation = document.operationAt(method, path).orElseThrow(() ->
                    new IllegalStateException("The service handed out " + method + " " + path
                            + ", which its document does not describe"));
            return checked(operation, client.send(method, baseUrl.resolve(path), jsonBody));
        }

        /** Calls an operation and returns the raw answer, unchecked (for answers the test expects to be refusals). */
        public Exchange exchange(String operationId, Map<String, String> variables, String jsonBody) {
            ApiDocument.Operation operation = document.operation(operationId);
            return client.send(operation.method().toUpperCase(),
                    baseUrl.resolve(ApiDocument.expand(operation, variables)), jsonBody);
        }

        private JsonNode checked(ApiDocument.Operation operation, Exchange exchange) {
            List<String> violations = document.violations(operation, exchange.status(), exchange.body());
            if (!violations.isEmpty()) {
                throw new DocumentDrift(operation.id(), exchange, violations);
            }
            return exchange.body() == null || exchange.body().isEmpty() ? JSON.missingNode() : exchange.json();
        }
    }

    /** An answer the document does not describe: a status or a body that does not match it. */
    public static final class DocumentDrift extends IllegalStateException {

        private final List<String> violations;

        DocumentDrift(String operationId, Exchange exchange, List<String> violations) {
            super(operationId + ": " + exchange + "\n  " + String.join("\n  ", violations));
            this.violations = List.copyOf(violations);
        }

        public List<String> violations() {
            return violations;
        }
    }
}
