package fr.essor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The French sign-in page, the authorization code flow of a service UI with PKCE, and the lockout. */
class SignInIT extends ProviderTest {

    private static final String INCORRECT = "Identifiant ou mot de passe incorrect.";
    private static final String LOCKED = "Trop de tentatives : réessayez dans 15 minutes.";

    @Test
    void theSignInPageIsFrenchLabelledAndServedWithItsOwnStyleSheet() {
        ProviderClient client = newClient();

        HttpResponse<String> page = client.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"", "<title>Connexion — Essor</title>",
                "<label for=\"username\">Identifiant</label>", "id=\"username\"",
                "<label for=\"password\">Mot de passe</label>", "id=\"password\"", "autocomplete=\"current-password\"",
                "href=\"/idp.css\"");
        assertThat(page.body()).doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Language")).as("the language the page says it is in")
                .hasValue("fr");
        assertThat(client.get("/idp.css").statusCode()).isEqualTo(200);
    }

    @Test
    void anErrorPageIsFrenchToo() {
        ProviderClient client = newClient();
        client.submitSignIn("sens", "sens");

        HttpResponse<String> missing = client.get("/nulle-part");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"fr\"", "Cette page n'existe pas.");
        assertThat(missing.headers().firstValue("Content-Language")).hasValue("fr");
    }

    @Test
    void aWrongPasswordShowsTheFrenchErrorAndSignsNobodyIn() {
        ProviderClient client = newClient();

        HttpResponse<String> failed = client.submitSignIn("sens", "pas-le-bon");

        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(ProviderClient.location(failed)).endsWith("/login?error");
        HttpResponse<String> page = client.get(ProviderClient.location(failed));
        assertThat(page.body()).contains(INCORRECT, "role=\"alert\"", "aria-invalid=\"true\"");
        assertThat(ProviderClient.location(client.get("/"))).endsWith("/login");
    }

    @Test
    void aPersonSigningInThroughAServiceGetsAnIdTokenWithTheirRolesAndProviderSession() {
        ProviderClient client = newClient();
        String redirectUri = SERVICES.baseUrl("funding") + "/login/oauth2/code/essor";

        Map<String, Object> tokens = client.authorizationCodeFlow("essor-funding", redirectUri, "instructeur", "n-0S6_WzA2Mj");

        assertThat(client.cookie("ESSOR_IDP_SESSION")).as("the provider's own session cookie").isPresent();
        Map<String, Object> idToken = client.verifiedClaims((String) tokens.get("id_token"));
        assertThat(idToken).containsEntry("iss", ISSUER)
                .containsEntry("sub", "instructeur")
                .containsEntry("preferred_username", "instructeur")
                .containsEntry("email", "instructeur@essor.example")
                .containsEntry("nonce", "n-0S6_WzA2Mj")
                .doesNotContainKey("territory");
        assertThat(ProviderClient.list(idToken.get("roles"))).containsExactlyInAnyOrder("INSTRUCTOR", "DMTA");
        assertThat((String) idToken.get("sid")).isNotBlank();
        assertThat(ProviderClient.audience(idToken)).as("an ID token is for its client only").containsExactly("essor-funding");

        Map<String, Object> accessToken = client.verifiedClaims((String) tokens.get("access_token"));
        assertThat(accessToken).containsEntry("preferred_username", "instructeur");
        assertThat(ProviderClient.list(accessToken.get("roles"))).containsExactlyInAnyOrder("INSTRUCTOR", "DMTA");
        assertThat(ProviderClient.audience(accessToken)).containsExactlyInAnyOrder("essor-funding", "essor");
        assertThat(tokens).containsKey("refresh_token");
    }

    @Test
    void aRefreshedIdTokenKeepsTheClaimsAndTheSid() {
        ProviderClient client = newClient();
        String redirectUri = SERVICES.baseUrl("roadmap") + "/login/oauth2/code/essor";
        Map<String, Object> tokens = client.authorizationCodeFlow("essor-roadmap", redirectUri, "sens", "n1");

        HttpResponse<String> refreshed = client.postForm("/oauth2/token", Map.of("grant_type", "refresh_token",
                "refresh_token", (String) tokens.get("refresh_token")), "essor-roadmap", "essor-roadmap");

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        Map<String, Object> before = client.verifiedClaims((String) tokens.get("id_token"));
        Map<String, Object> after = client.verifiedClaims((String) ProviderClient.json(refreshed.body()).get("id_token"));
        assertThat(after).containsEntry("sid", before.get("sid"))
                .containsEntry("preferred_username", "sens")
                .containsEntry("roles", List.of("DIEESS"));
    }

    @Test
    void swaggerUiOfAServiceMayAuthorizeButAnUnknownRedirectUriIsRefused() {
        ProviderClient client = newClient();
        String swaggerUi = SERVICES.baseUrl("procurement") + "/swagger-ui/oauth2-redirect.html";

        Map<String, Object> tokens = client.authorizationCodeFlow("essor-procurement", swaggerUi, "achats", "n2");

        assertThat(tokens).containsKey("access_token");
        HttpResponse<String> elsewhere = client.get("/oauth2/authorize?response_type=code&client_id=essor-procurement"
                + "&scope=openid&redirect_uri=" + ProviderClient.encode("http://localhost:1/steal")
                + "&code_challenge=" + ProviderClient.challengeOf("v") + "&code_challenge_method=S256");
        assertThat(elsewhere.statusCode()).isEqualTo(400);
    }

    @Test
    void aServiceUiClientMustUsePkce() {
        ProviderClient client = newClient();
        client.submitSignIn("dmta", "dmta");
        String redirectUri = SERVICES.baseUrl("foncier") + "/login/oauth2/code/essor";

        HttpResponse<String> response = client.get("/oauth2/authorize?response_type=code&client_id=essor-foncier"
                + "&scope=openid&state=s&redirect_uri=" + ProviderClient.encode(redirectUri));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(ProviderClient.queryOf(ProviderClient.location(response)))
                .containsEntry("error", "invalid_request")
                .doesNotContainKey("code");
    }

    @Test
    void fiveFailuresLockTheLoginForFifteenMinutesEvenWithTheRightPassword() {
        ProviderClient client = newClient();

        for (int failure = 1; failure <= 4; failure++) {
            HttpResponse<String> failed = client.submitSignIn("dter", "mauvais-" + failure);
            assertThat(client.get(ProviderClient.location(failed)).body()).as("failure " + failure)
                    .contains(INCORRECT).doesNotContain(LOCKED);
        }
        HttpResponse<String> fifth = client.submitSignIn("DTER", "mauvais-5");
        assertThat(client.get(ProviderClient.location(fifth)).body()).contains(LOCKED).doesNotContain(INCORRECT);

        HttpResponse<String> rightPassword = client.submitSignIn("dter", "dter");
        assertThat(ProviderClient.location(rightPassword)).endsWith("/login?locked");
        assertThat(client.get(ProviderClient.location(rightPassword)).body()).contains(LOCKED);
        assertThat(ProviderClient.location(client.get("/"))).as("still not signed in").endsWith("/login");

        HttpResponse<String> someoneElse = newClient().submitSignIn("dpas", "dpas");
        assertThat(ProviderClient.location(someoneElse)).as("other logins are not locked").doesNotContain("/login");
    }
}
