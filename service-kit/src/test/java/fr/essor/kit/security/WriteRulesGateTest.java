package fr.essor.kit.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.essor.kit.testing.TestIdentityProvider;

/**
 * The first gate of every write (ADR-0012), in both filter chains, with the rules of {@link SecurityTestApplication}:
 * {@code POST /api/ping} and {@code POST /form} for the DIEESS, an EPT's own {@code PUT} naming its territory,
 * {@code /api/unruled} and {@code /unruled-form} declared for nobody.
 */
@KitWebTest
class WriteRulesGateTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor tokenOf(String username) {
        String token = TestIdentityProvider.shared().accessToken(username);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    @Test
    void aRoleOfTheRuleWritesThroughTheApi() throws Exception {
        mvc.perform(post("/api/ping").with(tokenOf("sens"))).andExpect(status().isOk());
        mvc.perform(post("/api/ping").with(tokenOf("admin"))).andExpect(status().isOk());
    }

    @Test
    void anotherRoleIsRefusedWithA403ProblemNamingTheRolesThatMay() throws Exception {
        mvc.perform(post("/api/ping").with(tokenOf("achats")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Accès refusé"))
                .andExpect(jsonPath("$.detail").value(containsString("Rôles autorisés : DIEESS, ADMIN.")));
    }

    @Test
    void aWriteWithoutARuleIsRefusedToEveryoneAdminIncluded() throws Exception {
        mvc.perform(post("/api/unruled").with(tokenOf("admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Aucun rôle n'est autorisé")));
    }

    @Test
    void anAnonymousWriteIsStillA401() throws Exception {
        mvc.perform(post("/api/ping")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/unruled")).andExpect(status().isUnauthorized());
    }

    @Test
    void readsAreNotConcerned() throws Exception {
        mvc.perform(get("/api/ping").with(tokenOf("achats"))).andExpect(status().isOk());
        mvc.perform(get("/api/ping").with(tokenOf("ept-est-ensemble"))).andExpect(status().isOk());
    }

    @Test
    void anEptMakesItsOwnWriteAndNoOther() throws Exception {
        mvc.perform(put("/api/territories/T8/opinion").with(tokenOf("ept-est-ensemble")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/ping").with(tokenOf("ept-est-ensemble"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/territories/T8/opinion").with(tokenOf("achats"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormsOfThePagesPassTheSameGate() throws Exception {
        mvc.perform(post("/form").with(user("sens").roles("DIEESS")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/form").with(user("achats").roles("ACHATS")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/unruled-form").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOpenApiDocumentSaysWhoMayMakeEachWrite() throws Exception {
        mvc.perform(get("/v3/api-docs").with(tokenOf("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/ping'].post['x-essor-roles']").value(
                        org.hamcrest.Matchers.contains("DIEESS", "ADMIN")))
                .andExpect(jsonPath("$.paths['/api/ping'].post.description")
                        .value(containsString("Rôles autorisés : DIEESS, ADMIN.")))
                .andExpect(jsonPath("$.paths['/api/territories/{territory}/opinion'].put['x-essor-roles']").value(
                        org.hamcrest.Matchers.contains("DJVA", "EPT", "ADMIN")))
                .andExpect(jsonPath("$.paths['/api/unruled'].post['x-essor-roles']").value(empty()))
                .andExpect(jsonPath("$.paths['/api/unruled'].post.description")
                        .value(containsString("refusée à tous")))
                .andExpect(jsonPath("$.paths['/api/ping'].get['x-essor-roles']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/ping'].get.description").doesNotExist());
    }
}
