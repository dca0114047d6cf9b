package fr.essor.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentActorTest {

    private final CurrentActor currentActor = new CurrentActor();

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void readsRolesAndTerritoryFromTheAuthorities() {
        signIn("ept-est-ensemble", ActorAuthorities.of(EnumSet.of(Role.EPT), "T8"));

        Actor actor = currentActor.current();

        assertThat(actor.username()).isEqualTo("ept-est-ensemble");
        assertThat(actor.roles()).containsExactly(Role.EPT);
        assertThat(actor.territory()).isEqualTo("T8");
        assertThat(currentActor.hasAnyRole(Role.ADMIN, Role.EPT)).isTrue();
        assertThat(currentActor.hasAnyRole(Role.ADMIN, Role.OPS)).isFalse();
    }

    @Test
    void ignoresAuthoritiesThatAreNotEssorRoles() {
        signIn("sens", List.copyOf(AuthorityUtils.createAuthorityList("ROLE_DIEESS", "ROLE_UNKNOWN", "SCOPE_read")));

        assertThat(currentActor.current().roles()).containsExactly(Role.DIEESS);
        assertThat(currentActor.current().territory()).isNull();
    }

    @Test
    void refusesToNameAnActorForAnAnonymousRequest() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        assertThat(currentActor.find()).isEmpty();
        assertThat(currentActor.hasAnyRole(Role.values())).isFalse();
        assertThatIllegalStateException().isThrownBy(currentActor::current);
    }

    @Test
    void refusesToNameAnActorWithoutAnySecurityContext() {
        assertThatIllegalStateException().isThrownBy(currentActor::current);
    }

    @Test
    void everyRoleHasAFrenchLabelAndARoleAuthority() {
        for (Role role : Role.values()) {
            assertThat(role.label()).isNotBlank();
            assertThat(role.authority()).isEqualTo("ROLE_" + role.name());
            assertThat(Role.fromAuthority(role.authority())).contains(role);
        }
    }

    private static void signIn(String username,
            List<? extends org.springframework.security.core.GrantedAuthority> authorities) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }
}
