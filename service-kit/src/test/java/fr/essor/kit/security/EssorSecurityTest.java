package fr.essor.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@KitWebTest
class EssorSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void healthAndPrometheusScrapeAreOpenWithoutSignIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
    }

    @Test
    void apiWithoutCredentialsIsAnsweredWithA401ProblemNotALoginRedirect() throws Exception {
        mvc.perform(get("/api/ping"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic realm=\"Essor\"")))
                .andExpect(jsonPath("$.type").value("https://essor.seinesaintdenis.fr/problems/unauthorized"))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void apiWithAWrongPasswordIsAnsweredWithA401Problem() throws Exception {
        mvc.perform(get("/api/ping").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void apiAcceptsTheAdminDemoAccountWithoutCreatingASession() throws Exception {
        MvcResult result = mvc.perform(get("/api/ping").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pong").value("admin"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void apiWritesNeedNoCsrfToken() throws Exception {
        mvc.perform(post("/api/ping").with(httpBasic("sens", "sens")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pong").value("sens"));
    }

    @Test
    void apiRefusalIsA403ProblemInFrench() throws Exception {
        mvc.perform(get("/api/admin-only").with(httpBasic("sens", "sens")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://essor.seinesaintdenis.fr/problems/forbidden"))
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/admin-only").with(httpBasic("admin", "admin"))).andExpect(status().isOk());
    }

    @Test
    void anEptAccountActsForItsTerritory() throws Exception {
        mvc.perform(get("/api/actor").with(httpBasic("ept-plaine-commune", "ept-plaine-commune")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("ept-plaine-commune"))
                .andExpect(jsonPath("$.roles[0]").value("EPT"))
                .andExpect(jsonPath("$.territory").value("T6"));
        mvc.perform(get("/api/actor").with(httpBasic("ept-grand-est", "ept-grand-est")))
                .andExpect(jsonPath("$.territory").value("T9"));
    }

    @Test
    void theInstructorDemoAccountAlsoBelongsToTheDmtaAndHasNoTerritory() throws Exception {
        mvc.perform(get("/api/actor").with(httpBasic("instructeur", "instructeur")))
                .andExpect(jsonPath("$.roles.length()").value(2))
                .andExpect(jsonPath("$.roles[?(@ == 'INSTRUCTOR')]").exists())
                .andExpect(jsonPath("$.roles[?(@ == 'DMTA')]").exists())
                .andExpect(jsonPath("$.territory").doesNotExist());
    }

    @Test
    void demoPasswordsAreStoredEncodedNotInClear() {
        assertThat(users.loadUserByUsername("admin").getPassword()).startsWith("{bcrypt}").doesNotContain("admin");
        assertThat(DemoUsers.ACCOUNTS).hasSize(15);
    }

    @Test
    void aPageWithoutSignInRedirectsToTheLoginPage() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void apiDocumentationNeedsSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        // a script gets 401 and may use HTTP Basic
        mvc.perform(get("/v3/api-docs").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }

    @Test
    void actuatorEndpointsOtherThanHealthAndScrapeAreForOpsAndAdmin() throws Exception {
        mvc.perform(get("/actuator/info").with(user("sens").roles("DIEESS"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(user("ops").roles("OPS"))).andExpect(status().isOk());
    }

    @Test
    void theLoginPageIsOpenAndInFrench() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"fr\"")))
                .andExpect(content().string(containsString("<label class=\"field__label\" for=\"username\">Identifiant</label>")))
                .andExpect(content().string(containsString("<label class=\"field__label\" for=\"password\">Mot de passe</label>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void aFailedLoginComesBackToTheLoginPageWithAnAnnouncedError() throws Exception {
        mvc.perform(formLogin().user("sens").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login?error"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("aria-describedby=\"username-erreur\"")))
                .andExpect(content().string(containsString("id=\"username-erreur\"")))
                .andExpect(content().string(containsString("<title>Erreur : connexion")));
    }

    @Test
    void aSuccessfulLoginLeadsToThePage() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("sens").password("sens"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        mvc.perform(get("/").session((org.springframework.mock.web.MockHttpSession) login.getRequest().getSession(false)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page de test")));
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "sens").param("password", "sens"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormPostWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/form").with(user("sens").roles("DIEESS"))).andExpect(status().isForbidden());
        mvc.perform(post("/form").with(user("sens").roles("DIEESS")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void logoutGoesBackToTheLoginPage() throws Exception {
        mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/login?logout"))
                .andExpect(content().string(containsString("role=\"status\"")))
                .andExpect(content().string(containsString("Vous êtes déconnecté")));
    }
}
