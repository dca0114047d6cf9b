package fr.essor.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The rules themselves: how they are declared, which one decides a write, how they read. */
class WriteRulesTest {

    private final WriteRules rules = WriteRules.builder()
            .allow(HttpMethod.PUT, "/api/things/{id}", Role.DIEESS)
            .allow(HttpMethod.PUT, "/api/things/closure", Role.OPS)
            .allowEpt(HttpMethod.PUT, "/api/things/{id}/opinions/{territory}", Role.DMTA)
            .registersOrganisations(Role.INSTRUCTOR, Role.DJVA)
            .build();

    private static Actor actor(Role... roles) {
        return new Actor("someone", Set.of(roles), null);
    }

    @Test
    void aWriteWithoutARuleIsOpenToNobodyNotEvenAdmin() {
        assertThat(rules.ruleFor(HttpMethod.POST, "/api/things")).isEmpty();
        assertThat(rules.allows(actor(Role.ADMIN), HttpMethod.POST, "/api/things")).isFalse();
        assertThat(rules.allows(actor(Role.DIEESS), HttpMethod.DELETE, "/api/things/1")).isFalse();
    }

    @Test
    void adminIsOnEveryRuleAndTheOtherRolesOnlyOnTheirs() {
        assertThat(rules.allows(actor(Role.ADMIN), HttpMethod.PUT, "/api/things/1")).isTrue();
        assertThat(rules.allows(actor(Role.DIEESS), HttpMethod.PUT, "/api/things/1")).isTrue();
        assertThat(rules.allows(actor(Role.DJVA), HttpMethod.PUT, "/api/things/1")).isFalse();
        assertThat(rules.allows(actor(Role.DJVA, Role.DIEESS), HttpMethod.PUT, "/api/things/1")).isTrue();
    }

    @Test
    void theMostSpecificPatternDecidesWhateverTheOrderOfDeclaration() {
        assertThat(rules.ruleFor(HttpMethod.PUT, "/api/things/closure")).hasValueSatisfying(rule ->
                assertThat(rule.roles()).containsExactlyInAnyOrder(Role.OPS, Role.ADMIN));
        assertThat(rules.allows(actor(Role.DIEESS), HttpMethod.PUT, "/api/things/closure")).isFalse();
    }

    @Test
    void anOpenApiTemplateIsMatchedAsAPath() {
        assertThat(rules.ruleFor(HttpMethod.PUT, "/api/organisations/{siretOrRna}")).hasValueSatisfying(rule ->
                assertThat(rule.path()).isEqualTo("/api/organisations/{siretOrRna}"));
    }

    @Test
    void theRegistryRuleCoversTheApiAndThePageAlike() {
        for (String write : new String[] { "POST /api/organisations", "PUT /api/organisations/123",
                "POST /structures/nouvelle" }) {
            String[] parts = write.split(" ");
            assertThat(rules.ruleFor(HttpMethod.valueOf(parts[0]), parts[1])).as(write).hasValueSatisfying(rule ->
                    assertThat(rule.roles()).containsExactlyInAnyOrder(Role.INSTRUCTOR, Role.DJVA, Role.ADMIN));
        }
    }

    @Test
    void eptAccountsOnlyMakeTheirOwnWritesWhichNameTheTerritory() {
        assertThatThrownBy(() -> WriteRules.builder().allow(HttpMethod.POST, "/api/organisations", Role.EPT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowEpt");
        assertThatThrownBy(() -> WriteRules.builder().allowEpt(HttpMethod.POST, "/api/organisations"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{territory}");
        WriteRules.Rule opinion = rules.ruleFor(HttpMethod.PUT, "/api/things/1/opinions/T6").orElseThrow();
        assertThat(opinion.eptOwn()).isTrue();
        assertThat(opinion.roles()).containsExactlyInAnyOrder(Role.EPT, Role.DMTA, Role.ADMIN);
        // a page form may be an EPT's own too (the page checks the territory it is given)
        assertThat(WriteRules.builder().allowEpt(HttpMethod.POST, "/dossiers/{id}/avis").build()
                .allows(new Actor("ept", Set.of(Role.EPT), "T6"), HttpMethod.POST, "/dossiers/1/avis")).isTrue();
    }

    @Test
    void aWriteIsDeclaredOnceWithAtLeastOneRoleAndOnlyForWrites() {
        assertThatThrownBy(() -> WriteRules.builder().allow(HttpMethod.PUT, "/api/x/{id}", Role.DIEESS)
                .allow(HttpMethod.PUT, "/api/x/{code}", Role.DJVA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Two rules");
        assertThatThrownBy(() -> WriteRules.builder().allow(HttpMethod.PUT, "/api/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> WriteRules.builder().allow(HttpMethod.GET, "/api/x", Role.DIEESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read");
        assertThatThrownBy(() -> WriteRules.builder().allow(HttpMethod.POST, "/api/**", Role.DIEESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wildcard");
    }

    @Test
    void theKitsOwnWritesAreInEverySetOfRules() {
        WriteRules none = WriteRules.builder().build();
        assertThat(none.allows(actor(Role.OPS), HttpMethod.POST, "/api/ops/dead-letters/42/replay")).isTrue();
        assertThat(none.allows(actor(Role.OPS), HttpMethod.POST, "/ops/lettres-mortes/42/rejouer")).isTrue();
        assertThat(none.allows(actor(Role.DIEESS), HttpMethod.POST, "/api/ops/dead-letters/42/replay")).isFalse();
        assertThat(none.allows(actor(Role.OPS), HttpMethod.POST, "/api/ops/divergences/check")).isTrue();
        assertThat(none.allows(actor(Role.OPS), HttpMethod.POST, "/ops/ecarts/verifier")).isTrue();
        assertThat(none.allows(actor(Role.DIEESS), HttpMethod.POST, "/ops/ecarts/verifier")).isFalse();
    }

    @Test
    void theTableReadsOneRuleALineAndTheSentenceIsFrench() {
        assertThat(rules.toString()).contains("PUT /api/things/{id} DIEESS ADMIN",
                "PUT /api/things/{id}/opinions/{territory} DMTA EPT ADMIN");
        assertThat(rules.ruleFor(HttpMethod.PUT, "/api/things/1/opinions/T6").orElseThrow().frenchSentence())
                .isEqualTo("Rôles autorisés : DMTA, EPT (pour son seul territoire), ADMIN.");
    }
}
