package fr.essor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;

/**
 * A browser-like client of the provider: keeps its cookies, follows no redirect by itself (the tests look at each
 * one), submits the sign-in form with its CSRF token, drives the authorization code flow with PKCE and checks token
 * signatures against the provider's JWKS.
 */
final class ProviderClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    private final HttpClient http;

    ProviderClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    String url(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
    }

    /** A GET as a browser sends it (it accepts HTML). */
    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(URI.create(url(pathOrUrl))).header("Accept", "text/html,*/*;q=0.8").GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String basicUser, String basicPassword) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
        if (basicUser != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((basicUser + ":" + basicPassword).getBytes(StandardCharsets.UTF_8)));
        }
        return send(request);
    }

    /** Submits the (only) form of a page with its CSRF token, e.g. the "Se déconnecter" button. */
    HttpResponse<String> submitFormOf(String pagePath, String action) {
        Matcher csrf = CSRF.matcher(get(pagePath).body());
        assertThat(csrf.find()).as("the page has a form with a CSRF token").isTrue();
        return postForm(action, Map.of("_csrf", csrf.group(1)), null, null);
    }

    /** A CORS preflight as a browser sends it before a cross-origin POST with HTTP Basic. */
    HttpResponse<String> preflight(String path, String origin) {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    /** Opens the sign-in page, then submits it; answers the form's response (a redirect when it worked). */
    HttpResponse<String> submitSignIn(String login, String password) {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", login);
        form.put("password", password);
        form.put("_csrf", csrf.group(1));
        return postForm("/login", form, null, null);
    }

    /**
     * The authorization code flow of a service UI client with PKCE, signing in on the way if the provider asks:
     * authorize → sign-in page → authorize again → redirect to the client with a code → token endpoint.
     *
     * @return the token endpoint's JSON answer
     */
    Map<String, Object> authorizationCodeFlow(String clientId, String redirectUri, String login, String nonce) {
        String verifier = randomToken();
        String state = randomToken();
        String authorize = "/oauth2/authorize?response_type=code&client_id=" + clientId
                + "&scope=" + encode("openid profile") + "&redirect_uri=" + encode(redirectUri)
                + "&state=" + state + "&nonce=" + nonce
                + "&code_challenge=" + challengeOf(verifier) + "&code_challenge_method=S256";
        HttpResponse<String> response = get(authorize);
        assertThat(response.statusCode()).as("authorize answers with a redirect").isEqualTo(302);
        String location = location(response);
        if (location.endsWith("/login")) {
            HttpResponse<String> signedIn = submitSignIn(login, login);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(location(signedIn)).as("back to the authorization request after signing in")
                    .contains("/oauth2/authorize");
            response = get(location(signedIn));
            assertThat(response.statusCode()).isEqualTo(302);
            location = location(response);
        }
        assertThat(location).as("redirected to the client with a code").startsWith(redirectUri + "?");
        Map<String, String> callback = queryOf(location);
        assertThat(callback).containsEntry("state", state).containsKey("code");

        HttpResponse<String> token = postForm("/oauth2/token", Map.of(
                "grant_type", "authorization_code",
                "code", callback.get("code"),
                "redirect_uri", redirectUri,
                "code_verifier", verifier), clientId, clientId);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return json(token.body());
    }

    /** The claims of a JWT signed by the provider, after checking its signature against {@code /oauth2/jwks}. */
    Map<String, Object> verifiedClaims(String jwt) {
        try {
            SignedJWT signed = SignedJWT.parse(jwt);
            JWKSet keys = JWKSet.parse(get("/oauth2/jwks").body());
            var key = keys.getKeyByKeyId(signed.getHeader().getKeyID());
            assertThat(key).as("the token's key is in the JWKS").isNotNull();
            assertThat(signed.verify(new RSASSAVerifier(key.toRSAKey()))).as("signature").isTrue();
            return signed.getJWTClaimsSet().toJSONObject();
        } catch (ParseException | JOSEException e) {
            throw new AssertionError("not a JWT signed by the provider: " + jwt, e);
        }
    }

    Optional<String> cookie(String name) {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** A JSON array claim, to assert on. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object jsonArray) {
        assertThat(jsonArray).isInstanceOf(List.class);
        return (List<Object>) jsonArray;
    }

    /** The {@code aud} claim as a list: a JWT may carry a single audience as a plain string. */
    static List<Object> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof String single ? List.of(single) : list(aud);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header"));
    }

    static Map<String, String> queryOf(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                values.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the provider did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }
}
