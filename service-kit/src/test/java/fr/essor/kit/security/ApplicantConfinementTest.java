package fr.essor.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class ApplicantConfinementTest {

    private final ApplicantConfinement funding = new ApplicantConfinement(List.of("/", "/espace-candidat/**"));
    private final ApplicantConfinement withoutApplicantSide = new ApplicantConfinement(List.of());

    private static Authentication account(String... roles) {
        TestingAuthenticationToken token = new TestingAuthenticationToken("someone", "n/a",
                ActorAuthorities.of(java.util.Set.of(roles).stream().map(Role::valueOf)
                        .collect(java.util.stream.Collectors.toSet()), null));
        token.setAuthenticated(true);
        return token;
    }

    private static boolean granted(ApplicantConfinement confinement, Authentication who, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return confinement.authorize(() -> who, new RequestAuthorizationContext(request)).isGranted();
    }

    @Test
    void anApplicantReadsOnlyTheApplicantsPathsOfItsService() {
        Authentication applicant = account("APPLICANT");
        assertThat(granted(funding, applicant, "/espace-candidat/dossiers/AAA-2026-0001")).isTrue();
        assertThat(granted(funding, applicant, "/")).isTrue();
        assertThat(granted(funding, applicant, "/appel-a-agir")).isFalse();
        assertThat(granted(funding, applicant, "/api/calls")).isFalse();
        assertThat(granted(withoutApplicantSide, applicant, "/")).isFalse();
    }

    @Test
    void agentsAndSystemsReadEverythingTheyAreSignedInForAndAnonymousNothing() {
        assertThat(granted(withoutApplicantSide, account("DMTA"), "/appel-a-agir")).isTrue();
        assertThat(granted(funding, account("APPLICANT", "ADMIN"), "/appel-a-agir")).isTrue();
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(granted(funding, anonymous, "/espace-candidat")).isFalse();
    }
}
