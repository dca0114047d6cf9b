package fr.essor.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.essor.kit.testing.TestIdentityProvider;

/**
 * The kit's OpenID Connect security (ADR-0010) with real tokens of the test provider, checked by the real decoder
 * (signature against the provider's published keys, expiry, issuer, audience).
 */
@KitWebTest
class EssorSecurityTest {

    private static final TestIdentityProvider provider = TestIdentityProvider.shared();

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private static RequestPostProcessor tokenOf(String username) {
        return bearer(provider.accessToken(username));
    }

    @Test
    void healthAndPrometheusScrapeAreOpenWithoutSignIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    @Test
    void apiWithoutTokenIsAnsweredWithA401ProblemAndABearerChallengeNotALoginRedirect() throws Exception {
        mvc.perform(get("/api/ping"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Essor\""))
                .andExpect(jsonPath("$.type").value("https://essor.seinesaintdenis.fr/problems/unauthorized"))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Jeton d'accès absent")));
    }

    @Test
    void httpBasicIsNoLongerAccepted() throws Exception {
        mvc.perform(get("/api/ping").header("Authorization", "Basic YWRtaW46YWRtaW4="))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredTokenIsRefusedWithA401Problem() throws Exception {
        String expired = provider.accessToken("admin", claims -> claims
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(600))));
        assertRefusedAsInvalid(expired);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedWithA401Problem() throws Exception {
        assertRefusedAsInvalid(provider.accessTokenSignedByAnotherKey("admin"));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefusedWithA401Problem() throws Exception {
        assertRefusedAsInvalid(provider.accessToken("admin", claims -> claims.issuer("https://idp.ailleurs.example")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedWithA401Problem() throws Exception {
        assertRefusedAsInvalid(provider.accessToken("admin", claims -> claims.audience("another-api")));
    }

    @Test
    void aMalformedTokenIsRefusedWithA401Problem() throws Exception {
        assertRefusedAsInvalid("not-a-jwt");
    }

    private void assertRefusedAsInvalid(String token) throws Exception {
        mvc.perform(get("/api/ping").with(bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Essor\", error=\"invalid_token\""))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Jeton d'accès refusé")));
    }

    @Test
    void apiAcceptsAValidTokenWithoutCreatingASessionAndNamesItsPerson() throws Exception {
        MvcResult result = mvc.perform(get("/api/ping").with(tokenOf("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pong").value("admin"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void apiWritesNeedNoCsrfToken() throws Exception {
        mvc.perform(post("/api/ping").with(tokenOf("sens")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pong").value("sens"));
    }

    @Test
    void apiRefusalIsA403ProblemInFrench() throws Exception {
        mvc.perform(get("/api/admin-only").with(tokenOf("sens")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://essor.seinesaintdenis.fr/problems/forbidden"))
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/admin-only").with(tokenOf("admin"))).andExpect(status().isOk());
    }

    @Test
    void anEptClientTokenActsForItsTerritory() throws Exception {
        mvc.perform(get("/api/actor").with(tokenOf("ept-plaine-commune")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("ept-plaine-commune"))
                .andExpect(jsonPath("$.roles[0]").value("EPT"))
                .andExpect(jsonPath("$.territory").value("T6"));
        mvc.perform(get("/api/actor").with(tokenOf("ept-grand-est")))
                .andExpect(jsonPath("$.territory").value("T9"));
    }

    @Test
    void theInstructorHasBothRolesOfItsTokenAndNoTerritory() throws Exception {
        mvc.perform(get("/api/actor").with(tokenOf("instructeur")))
                .andExpect(jsonPath("$.roles.length()").value(2))
                .andExpect(jsonPath("$.roles[?(@ == 'INSTRUCTOR')]").exists())
                .andExpect(jsonPath("$.roles[?(@ == 'DMTA')]").exists())
                .andExpect(jsonPath("$.territory").doesNotExist());
    }

    /** Keycloak puts realm roles under realm_access.roles; a client-credentials token may name its client only. */
    @Test
    void aKeycloakShapedClientTokenIsReadTheSameWay() throws Exception {
        String keycloakLike = provider.accessToken("ept-est-ensemble", claims -> claims
                .claim("roles", null)
                .claim("preferred_username", null)
                .claim("realm_access", Map.of("roles", List.of("EPT", "offline_access", "uma_authorization")))
                .claim("azp", "ept-est-ensemble")
                .subject("1f0c2a52-6a43-4a5e-9a0e-5b7f3c1f2d10"));
        mvc.perform(get("/api/actor").with(bearer(keycloakLike)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("ept-est-ensemble"))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value("EPT"))
                .andExpect(jsonPath("$.territory").value("T8"));
    }

    /** The payloads ops-tests derives from the Keycloak realm of the compose deployment (ops/keycloak). */
    private static Map<String, Object> keycloakExample(String file) throws Exception {
        java.nio.file.Path example = java.nio.file.Path.of("..", "ops-tests", "src", "test", "resources", "keycloak", file);
        return tools.jackson.databind.json.JsonMapper.shared().readValue(java.nio.file.Files.readString(example),
                new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    @Test
    void anEptAccessTokenOfTheKeycloakRealmActsForItsTerritory() throws Exception {
        String token = provider.tokenWithClaims(keycloakExample("ept-est-ensemble.access-token.json"));
        mvc.perform(get("/api/actor").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("ept-est-ensemble"))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value("EPT"))
                .andExpect(jsonPath("$.territory").value("T8"));
    }

    @Test
    void anIdTokenOfTheKeycloakRealmGivesThePersonTheirRoles() throws Exception {
        Map<String, Object> claims = new java.util.HashMap<>(keycloakExample("dmta-instructor.id-token.json"));
        Instant now = Instant.now();
        claims.put("iat", now);
        claims.put("exp", now.plusSeconds(300));
        var authorities = new OidcClaimsAuthoritiesMapper().mapAuthorities(List.of(
                new org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority(
                        new org.springframework.security.oauth2.core.oidc.OidcIdToken("id", now, now.plusSeconds(300),
                                claims))));
        Actor actor = ActorAuthorities.toActor("instructeur", authorities);
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.DMTA, Role.INSTRUCTOR);
        assertThat(actor.territory()).isNull();
    }

    @Test
    void aPageWithoutSignInSendsThePersonToTheProviderWithPkce() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/essor"));
        MvcResult authorization = mvc.perform(get("/oauth2/authorization/essor"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(authorization.getResponse().getRedirectedUrl())
                .startsWith(provider.issuer() + "/oauth2/authorize?")
                .contains("response_type=code", "client_id=essor-funding", "scope=openid", "code_challenge=",
                        "code_challenge_method=S256", "nonce=", "state=");
    }

    @Test
    void apiDocumentationNeedsATokenOrASignedInPage() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").session(SignedInSessions.of("sens"))).andExpect(status().isOk());
    }

    @Test
    void aPageWhoseSessionExpiredTellsItInFrenchAndBringsThePersonBackAfterSigningIn() throws Exception {
        MvcResult expired = mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(expiredSession()))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
        assertThat(session).as("the page asked for is kept for after the sign-in").isNotNull();
        assertThat(((SavedRequest) session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).getRedirectUrl())
                .startsWith("http://localhost/");

        mvc.perform(get("/login").param("expired", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Votre session a expiré"),
                        containsString("Se reconnecter"), containsString("href=\"/oauth2/authorization/essor\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Accès refusé"))));
    }

    @Test
    void aFormPostedAfterItsSessionExpiredLeadsToTheExpiredPageAndBackToTheForm() throws Exception {
        MvcResult posted = mvc.perform(post("/form").with(expiredSession())
                        .header("Referer", "http://localhost/structures/nouvelle?retour=/besoins"))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        MockHttpSession session = (MockHttpSession) posted.getRequest().getSession(false);
        assertThat(((SavedRequest) session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).getRedirectUrl())
                .isEqualTo("/structures/nouvelle?retour=/besoins");
    }

    @Test
    void whatAFormPostedAfterExpiryCarriedIsGivenBackOnceOnItsPageWithoutTokenNorPassword() throws Exception {
        MvcResult posted = mvc.perform(post("/form").with(expiredSession())
                        .header("Referer", "http://localhost/")
                        .param("_csrf", "perime").param("nom", "Régie de quartier <Saint-Denis>")
                        .param("usages", "STORAGE", "WORKSHOP").param("motDePasse", "secret")
                        .param("password", "secret"))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        MockHttpSession session = (MockHttpSession) posted.getRequest().getSession(false);
        fr.essor.kit.ui.KeptSubmission kept = (fr.essor.kit.ui.KeptSubmission)
                session.getAttribute(fr.essor.kit.ui.KeptSubmission.class.getName());
        assertThat(kept.page()).isEqualTo("/");
        assertThat(kept.action()).isEqualTo("/form");
        assertThat(kept.fields()).extracting(fr.essor.kit.ui.KeptSubmission.Field::name)
                .containsExactlyInAnyOrder("nom", "usages");

        String page = mvc.perform(get("/").session(session).with(user("sens").roles("DIEESS")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Votre session avait expiré avant l'envoi du formulaire",
                "data-action=\"/form\"", "data-name=\"nom\"", "Régie de quartier &lt;Saint-Denis&gt;",
                "data-name=\"usages\"", "<span>STORAGE</span>, <span>WORKSHOP</span>", "/essor/kept-form.js")
                .doesNotContain("secret", "perime");
        assertThat(mvc.perform(get("/").session(session).with(user("sens").roles("DIEESS"))).andReturn()
                .getResponse().getContentAsString()).as("given back once").doesNotContain("saisie-conservee", "kept-form.js");
    }

    @Test
    void aFormPostedAfterExpiryNeverSendsThePersonToAnotherSite() throws Exception {
        MvcResult posted = mvc.perform(post("/form").with(expiredSession())
                        .header("Referer", "https://elsewhere.example/phishing"))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        MockHttpSession session = (MockHttpSession) posted.getRequest().getSession(false);
        assertThat(session == null ? null : session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isNull();
    }

    private static RequestPostProcessor expiredSession() {
        return request -> {
            request.setRequestedSessionId("ABCDEF0123456789");
            request.setRequestedSessionIdValid(false);
            request.setRequestedSessionIdFromCookie(true);
            return request;
        };
    }

    @Test
    void actuatorEndpointsOtherThanHealthAndScrapeAreForOpsAndAdmin() throws Exception {
        mvc.perform(get("/actuator/info").with(user("sens").roles("DIEESS"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(user("ops").roles("OPS"))).andExpect(status().isOk());
    }

    @Test
    void theLoginPageIsOpenInFrenchAndLeadsToTheProvider() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"fr\"")))
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/essor\"")))
                .andExpect(content().string(containsString("Se connecter")));
    }

    @Test
    void aFailedSignInComesBackToTheLoginPageWithAnAnnouncedError() throws Exception {
        mvc.perform(get("/login?error"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("La connexion n'a pas abouti")))
                .andExpect(content().string(containsString("<title>Erreur : connexion")));
    }

    @Test
    void aSignedInPersonSeesThePage() throws Exception {
        mvc.perform(get("/").with(oidcLogin().idToken(token -> token.claim("preferred_username", "sens"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page de test")));
    }

    @Test
    void aPageSessionMayReadTheApiForExportLinksButNeverWriteThroughIt() throws Exception {
        MockHttpSession session = SignedInSessions.of("sens");
        mvc.perform(get("/api/ping").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pong").value("sens"));
        mvc.perform(post("/api/ping").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void theRolesOfAPersonComeFromTheirIdTokenAndRefusalsStillApplyOverTheSession() throws Exception {
        mvc.perform(get("/api/admin-only").session(SignedInSessions.of("sens")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin-only").session(SignedInSessions.of("admin")))
                .andExpect(status().isOk());
    }

    @Test
    void aFormPostWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/form").with(user("sens").roles("DIEESS"))).andExpect(status().isForbidden());
        mvc.perform(post("/form").with(user("sens").roles("DIEESS")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndPagesSayTheyAreFrench() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("frame-ancestors 'none'"), containsString("script-src 'self'"),
                        containsString("form-action 'self' " + provider.issuer()))))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Language", startsWith("fr")));
        mvc.perform(get("/api/ping").with(tokenOf("admin")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }
}
