package fr.essor.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of the platform's real local provider ({@code identity-provider}), obtained as the clients of the
 * platform obtain them: the client credentials flow for an EPT system or a script ({@code ept-*}, {@code essor-cli});
 * for a person, the authorization code flow with PKCE through the provider's sign-in form, as the roadmap's UI client
 * (whose secret is its id in the embedded default). Tokens are kept until shortly before they expire.
 */
final class ProviderTokens {

    private static final Set<String> CLIENTS = Set.of("ept-plaine-commune", "ept-terres-envol", "ept-est-ensemble",
            "ept-grand-est", "essor-cli");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Token(String value, Instant renewAfter) {
    }

    private final String issuer;
    private final String uiClientId;
    private final String redirectUri;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    ProviderTokens(String issuer, String uiClientId, String uiBaseUrl) {
        this.issuer = issuer;
        this.uiClientId = uiClientId;
        this.redirectUri = uiBaseUrl + "/login/oauth2/code/essor";
    }

    /** A current access token of the person or client (the demo passwords and local secrets are the ids). */
    String accessToken(String user) {
        Token token = tokens.get(user);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            token = CLIENTS.contains(user) ? clientCredentials(user) : authorizationCode(user);
            tokens.put(user, token);
        }
        return token.value();
    }

    private Token clientCredentials(String client) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return tokenResponse(send(http, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", basic(client, client))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))));
    }

    private Token authorizationCode(String person) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        String authorize = issuer + "/oauth2/authorize?response_type=code&client_id=" + enc(uiClientId)
                + "&scope=openid&redirect_uri=" + enc(redirectUri) + "&state=" + state
                + "&code_challenge=" + s256(verifier) + "&code_challenge_method=S256";
        // as a browser: the provider answers a non-browser 401 instead of showing its sign-in page
        HttpResponse<String> toLogin = send(http, HttpRequest.newBuilder(URI.create(authorize))
                .header("Accept", "text/html").GET());
        URI loginPage = URI.create(issuer).resolve(location(toLogin));
        HttpResponse<String> form = send(http, HttpRequest.newBuilder(loginPage).header("Accept", "text/html").GET());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the provider's sign-in page " + loginPage);
        }
        HttpResponse<String> signedIn = send(http, HttpRequest.newBuilder(URI.create(issuer + "/login"))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(person) + "&password=" + enc(person)
                        + "&_csrf=" + enc(csrf.group(1)))));
        String next = URI.create(issuer).resolve(location(signedIn)).toString();
        if (next.contains("/login?")) {
            throw new IllegalStateException("The provider refused " + person + ": " + next);
        }
        String callback = location(send(http, HttpRequest.newBuilder(URI.create(next)).header("Accept", "text/html")
                .GET()));
        Map<String, String> query = query(URI.create(callback).getRawQuery());
        if (!state.equals(query.get("state")) || query.get("code") == null) {
            throw new IllegalStateException("No code for " + person + ": " + callback);
        }
        return tokenResponse(send(http, HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", basic(uiClientId, uiClientId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code="
                        + enc(query.get("code")) + "&redirect_uri=" + enc(redirectUri) + "&code_verifier="
                        + verifier))));
    }

    private static Token tokenResponse(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token endpoint answered " + response.statusCode() + ": "
                    + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        long lifetime = body.path("expires_in").asLong(300);
        return new Token(body.get("access_token").asString(),
                Instant.now().plusSeconds(Math.max(10, lifetime - 60)));
    }

    private static String location(HttpResponse<?> response) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException("Expected a redirect from the provider, got " + response.statusCode()
                    + " at " + response.uri());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(PlatformApi.REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((enc(id) + ":" + enc(secret))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
