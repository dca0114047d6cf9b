package fr.essor.kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenID provider for the services' integration tests (the embedded default and the end-to-end tests run the real
 * one, {@code identity-provider}): discovery, JWKS, the authorization code flow with PKCE (S256 required; the person
 * signed in is the one named by {@code login_hint}, there is no sign-in form), the token endpoint with
 * {@code client_secret_basic} (secret = client id), and RP-initiated logout. Tokens carry the claims the services read
 * ({@code preferred_username}, {@code roles}, {@code territory}, audience {@code essor}).
 * <p>
 * Tests also mint tokens directly ({@link #accessToken(String)}) and bad ones ({@link #accessToken(String, Consumer)},
 * {@link #accessTokenSignedByAnotherKey(String)}) to check what the services refuse.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String AUDIENCE = "essor";

    private final HttpServer server;
    private final String issuer;
    private final RSAKey key;
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    private record PendingCode(String clientId, String redirectUri, String username, String nonce,
                               String codeChallenge) {
    }

    private TestIdentityProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.issuer = "http://localhost:" + server.getAddress().getPort();
    }

    private static volatile TestIdentityProvider shared;

    /** The provider of this test JVM, started on first use and shared by every Spring context and test. */
    public static TestIdentityProvider shared() {
        if (shared == null) {
            synchronized (TestIdentityProvider.class) {
                if (shared == null) {
                    TestIdentityProvider started = start();
                    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "essor-test-idp-stop"));
                    shared = started;
                }
            }
        }
        return shared;
    }

    /** Starts a provider on a free port of localhost. */
    public static TestIdentityProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            TestIdentityProvider provider = new TestIdentityProvider(server, key);
            server.createContext("/.well-known/openid-configuration", provider::discovery);
            server.createContext("/oauth2/jwks", provider::jwks);
            server.createContext("/oauth2/authorize", provider::authorize);
            server.createContext("/oauth2/token", provider::token);
            server.createContext("/connect/logout", provider::logout);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "essor-test-idp");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return provider;
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException("Cannot start the test OpenID provider", e);
        }
    }

    /** The properties that make a service trust the shared test provider, as its client {@code essor-<service>}. */
    public static String[] serviceProperties(String service) {
        return new String[] {
                "essor.security.oidc.issuer-uri=" + shared().issuer(),
                "essor.security.oidc.client-id=essor-" + service,
                "essor.security.oidc.client-secret=essor-" + service };
    }

    public String issuer() {
        return issuer;
    }

    /** A valid access token of a {@link TestAccounts} account, for {@code Authorization: Bearer}. */
    public String accessToken(String username) {
        return accessToken(username, claims -> { });
    }

    /** An access token of the account whose claims the test changes (expired, another issuer or audience…). */
    public String accessToken(String username, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = accountClaims(TestAccounts.get(username))
                .audience(List.of(AUDIENCE, "essor-cli"))
                .claim("scope", "openid");
        change.accept(claims);
        return sign(claims.build(), key);
    }

    /**
     * A token with exactly these claims (e.g. a payload shaped as Keycloak issues it), made current: this provider
     * as issuer, issued now, valid for 30 minutes.
     */
    public String tokenWithClaims(Map<String, Object> claims) {
        try {
            Map<String, Object> current = new HashMap<>(claims);
            Instant now = Instant.now();
            current.put("iss", issuer);
            current.put("iat", now.getEpochSecond());
            current.put("exp", now.plus(Duration.ofMinutes(30)).getEpochSecond());
            current.remove("nbf");
            current.remove("auth_time");
            return sign(JWTClaimsSet.parse(current), key);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A well-formed token of the account, signed by a key the provider never published. */
    public String accessTokenSignedByAnotherKey(String username) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(accountClaims(TestAccounts.get(username)).audience(AUDIENCE).build(), other);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ends, as the provider does when a person signs out elsewhere (OIDC Back-Channel Logout), the sessions a service
     * opened with this account's provider session: posts a signed logout token to the service's back-channel URI.
     *
     * @return the service's answer status
     */
    public int backChannelLogout(String serviceBaseUrl, String clientId, String username) {
        Instant now = Instant.now();
        JWTClaimsSet logoutToken = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(clientId)
                .subject(username)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(2))))
                .jwtID(UUID.randomUUID().toString())
                .claim("sid", sessionIdOf(username))
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(new JOSEObjectType("logout+jwt")).build(), logoutToken);
            jwt.sign(new RSASSASigner(key));
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(URI.create(serviceBaseUrl
                                    + "/logout/connect/back-channel/essor"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("logout_token=" + jwt.serialize()))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return answer.statusCode();
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The provider's session of a person, as its ID tokens name it ({@code sid}). */
    private static String sessionIdOf(String username) {
        return "sid-" + username;
    }

    private JWTClaimsSet.Builder accountClaims(TestAccounts.Account account) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(account.username())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", account.username())
                .claim("roles", account.roles());
        if (account.territory() != null) {
            claims.claim("territory", account.territory());
        }
        TestAccounts.emailOf(account).ifPresent(email -> claims.claim("email", email));
        return claims;
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/oauth2/authorize");
        metadata.put("token_endpoint", issuer + "/oauth2/token");
        metadata.put("jwks_uri", issuer + "/oauth2/jwks");
        metadata.put("end_session_endpoint", issuer + "/connect/logout");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        respondJson(exchange, 200, metadata);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String clientId = query.get("client_id");
        String redirectUri = query.get("redirect_uri");
        if (!isServiceClient(clientId) || redirectUri == null || !"code".equals(query.get("response_type"))) {
            respondJson(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        if (query.get("code_challenge") == null || !"S256".equals(query.get("code_challenge_method"))) {
            redirect(exchange, redirectUri + "?error=invalid_request&error_description=PKCE+S256+required&state="
                    + enc(query.get("state")));
            return;
        }
        String username = query.get("login_hint");
        if (username == null || TestAccounts.find(username).isEmpty()) {
            redirect(exchange, redirectUri + "?error=login_required&state=" + enc(query.get("state")));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new PendingCode(clientId, redirectUri, username, query.get("nonce"),
                query.get("code_challenge")));
        redirect(exchange, redirectUri + "?code=" + code + "&state=" + enc(query.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException {
        String client = basicClient(exchange);
        Map<String, String> body = form(new String(readAll(exchange.getRequestBody()), StandardCharsets.UTF_8));
        if (client == null) {
            respondJson(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        if (!"authorization_code".equals(body.get("grant_type"))) {
            respondJson(exchange, 400, Map.of("error", "unsupported_grant_type"));
            return;
        }
        PendingCode pending = codes.remove(String.valueOf(body.get("code")));
        if (pending == null || !pending.clientId().equals(client)
                || !pending.redirectUri().equals(body.get("redirect_uri"))
                || !pending.codeChallenge().equals(s256(body.get("code_verifier")))) {
            respondJson(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        TestAccounts.Account account = TestAccounts.get(pending.username());
        JWTClaimsSet.Builder idToken = accountClaims(account).audience(client).claim("azp", client)
                .claim("sid", sessionIdOf(account.username()));
        if (pending.nonce() != null) {
            idToken.claim("nonce", pending.nonce());
        }
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", sign(accountClaims(account).audience(List.of(AUDIENCE, client))
                .claim("scope", "openid").build(), key));
        tokens.put("token_type", "Bearer");
        tokens.put("expires_in", 1800);
        tokens.put("scope", "openid");
        tokens.put("id_token", sign(idToken.build(), key));
        respondJson(exchange, 200, tokens);
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String back = query.get("post_logout_redirect_uri");
        if (back == null) {
            respond(exchange, 200, "text/plain", "signed out");
        } else {
            redirect(exchange, back);
        }
    }

    private static boolean isServiceClient(String clientId) {
        return clientId != null && clientId.startsWith("essor-");
    }

    /** The client authenticated by HTTP Basic (secret = id), or {@code null}. */
    private static String basicClient(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
        String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        return isServiceClient(id) && id.equals(secret) ? id : null;
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String enc(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private void respondJson(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        respond(exchange, status, "application/json", json.writeValueAsString(body));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        URI.create(location); // refuses a malformed redirect
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
