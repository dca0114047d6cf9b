package fr.essor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.ServiceSideBackChannelLogout;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * RP-initiated logout at {@code /connect/logout}, and the back-channel logout it sets off: each service the person
 * signed in to during the provider session receives a logout token that Spring Security on the service's side
 * accepts and matches with the service's session.
 */
class BackChannelLogoutIT extends ProviderTest {

    @BeforeEach
    void forgetEarlierPosts() {
        SERVICES.drain();
    }

    @Test
    void loggingOutAtTheProviderLogsThePersonOutOfEveryServiceTheySignedInToDuringTheSession() throws Exception {
        ProviderClient browser = newClient();
        Map<String, Object> funding = browser.authorizationCodeFlow("essor-funding",
                SERVICES.baseUrl("funding") + "/login/oauth2/code/essor", "instructeur", "n-funding");
        // same browser, same provider session: single sign-on into a second service
        Map<String, Object> roadmap = browser.authorizationCodeFlow("essor-roadmap",
                SERVICES.baseUrl("roadmap") + "/login/oauth2/code/essor", "instructeur", "n-roadmap");
        String fundingIdToken = (String) funding.get("id_token");
        Map<String, Object> fundingClaims = browser.verifiedClaims(fundingIdToken);
        Map<String, Object> roadmapClaims = browser.verifiedClaims((String) roadmap.get("id_token"));
        assertThat(roadmapClaims.get("sid")).as("one provider session, one sid").isEqualTo(fundingClaims.get("sid"));

        String postLogout = SERVICES.baseUrl("funding") + "/login?logout";
        HttpResponse<String> logout = browser.get("/connect/logout?id_token_hint=" + fundingIdToken
                + "&post_logout_redirect_uri=" + ProviderClient.encode(postLogout) + "&state=bye");

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(ProviderClient.location(logout)).isEqualTo(postLogout + "&state=bye");
        List<ServicesStandIn.Received> posts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ServicesStandIn.Received post = SERVICES.next(10);
            assertThat(post).as("logout token " + (i + 1) + " of 2 received").isNotNull();
            posts.add(post);
        }
        assertThat(posts).extracting(ServicesStandIn.Received::path).containsExactlyInAnyOrder(
                "/funding/logout/connect/back-channel/essor", "/roadmap/logout/connect/back-channel/essor");
        assertThat(SERVICES.next(1)).as("nothing for the services the person did not sign in to").isNull();

        for (ServicesStandIn.Received post : posts) {
            String service = post.path().split("/")[1];
            String clientId = "essor-" + service;
            assertThat(post.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(post.body()).startsWith("logout_token=");
            String logoutToken = URLDecoder.decode(post.body().substring("logout_token=".length()), StandardCharsets.UTF_8);

            Map<String, Object> claims = browser.verifiedClaims(logoutToken);
            assertThat(SignedJWT.parse(logoutToken).getHeader().getType().getType()).isEqualTo("logout+jwt");
            assertThat(claims).containsEntry("iss", ISSUER)
                    .containsEntry("sub", "instructeur")
                    .containsEntry("sid", fundingClaims.get("sid"))
                    .containsEntry("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                    .containsKeys("iat", "exp", "jti")
                    .doesNotContainKey("nonce");
            assertThat(ProviderClient.audience(claims)).containsExactly(clientId);

            // the service's side: Spring Security accepts the token and finds the session it opened with the ID token
            OidcLogoutToken accepted = ServiceSideBackChannelLogout.accept(logoutToken, registration(clientId));
            InMemoryOidcSessionRegistry serviceSessions = new InMemoryOidcSessionRegistry();
            String idToken = (String) (service.equals("funding") ? funding : roadmap).get("id_token");
            serviceSessions.saveSessionInformation(new OidcSessionInformation("service-session-" + service, Map.of(),
                    new DefaultOidcUser(List.of(), idTokenOf(idToken))));
            serviceSessions.saveSessionInformation(new OidcSessionInformation("someone-else", Map.of(),
                    new DefaultOidcUser(List.of(), idTokenOf(newClient().authorizationCodeFlow(clientId,
                            SERVICES.baseUrl(service) + "/login/oauth2/code/essor", "sens", "n").get("id_token").toString()))));
            assertThat(serviceSessions.removeSessionInformation(accepted))
                    .extracting(OidcSessionInformation::getSessionId).containsExactly("service-session-" + service);
        }

        HttpResponse<String> again = browser.get("/oauth2/authorize?response_type=code&client_id=essor-funding"
                + "&scope=openid&redirect_uri=" + ProviderClient.encode(SERVICES.baseUrl("funding") + "/login/oauth2/code/essor")
                + "&code_challenge=" + ProviderClient.challengeOf("v") + "&code_challenge_method=S256");
        assertThat(ProviderClient.location(again)).as("the provider session is over").endsWith("/login");
    }

    @Test
    void signingOutOnTheProvidersOwnPageLogsOutOfTheServicesToo() throws Exception {
        ProviderClient browser = newClient();
        Map<String, Object> tokens = browser.authorizationCodeFlow("essor-procurement",
                SERVICES.baseUrl("procurement") + "/login/oauth2/code/essor", "facilitateur", "n");

        HttpResponse<String> signedOut = browser.submitFormOf("/", "/logout");

        assertThat(ProviderClient.location(signedOut)).endsWith("/login?logout");
        ServicesStandIn.Received post = SERVICES.next(10);
        assertThat(post).isNotNull();
        assertThat(post.path()).isEqualTo("/procurement/logout/connect/back-channel/essor");
        String logoutToken = URLDecoder.decode(post.body().substring("logout_token=".length()), StandardCharsets.UTF_8);
        assertThat(ServiceSideBackChannelLogout.accept(logoutToken, registration("essor-procurement")).getSessionId())
                .isEqualTo(browser.verifiedClaims((String) tokens.get("id_token")).get("sid"));
    }

    @Test
    void aServiceRefusesALogoutTokenMeantForAnotherService() throws Exception {
        ProviderClient browser = newClient();
        Map<String, Object> tokens = browser.authorizationCodeFlow("essor-foncier",
                SERVICES.baseUrl("foncier") + "/login/oauth2/code/essor", "pole", "n");

        browser.get("/connect/logout?id_token_hint=" + tokens.get("id_token"));

        ServicesStandIn.Received post = SERVICES.next(10);
        assertThat(post).isNotNull();
        String logoutToken = URLDecoder.decode(post.body().substring("logout_token=".length()), StandardCharsets.UTF_8);
        assertThat(ServiceSideBackChannelLogout.accept(logoutToken, registration("essor-foncier")).getSubject())
                .isEqualTo("pole");
        assertThatThrownBy(() -> ServiceSideBackChannelLogout.accept(logoutToken, registration("essor-funding")))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void aLogoutWithoutTheProviderSessionSendsNothing() throws Exception {
        ProviderClient browser = newClient();
        Map<String, Object> tokens = browser.authorizationCodeFlow("essor-procurement",
                SERVICES.baseUrl("procurement") + "/login/oauth2/code/essor", "achats", "n");

        HttpResponse<String> elsewhere = newClient().get("/connect/logout?id_token_hint=" + tokens.get("id_token"));

        assertThat(elsewhere.statusCode()).as("a logout without the session cookie ends nothing").isEqualTo(302);
        assertThat(SERVICES.next(2)).isNull();
    }

    /** The services' client registration {@code essor}, as Spring Security builds it from discovery. */
    private ClientRegistration registration(String clientId) {
        return ClientRegistration.withRegistrationId("essor")
                .clientId(clientId)
                .clientSecret(clientId)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(ISSUER + "/oauth2/authorize")
                .tokenUri(ISSUER + "/oauth2/token")
                .issuerUri(ISSUER)
                // the provider really listens on the test's port, not on the issuer's
                .jwkSetUri("http://localhost:" + port + "/oauth2/jwks")
                .userNameAttributeName("sub")
                .build();
    }

    private static OidcIdToken idTokenOf(String jwt) throws ParseException {
        Map<String, Object> claims = SignedJWT.parse(jwt).getJWTClaimsSet().toJSONObject();
        claims.put("iat", Instant.ofEpochSecond(((Number) claims.get("iat")).longValue()));
        claims.put("exp", Instant.ofEpochSecond(((Number) claims.get("exp")).longValue()));
        claims.remove("auth_time");
        return new OidcIdToken(jwt, (Instant) claims.get("iat"), (Instant) claims.get("exp"), claims);
    }
}
