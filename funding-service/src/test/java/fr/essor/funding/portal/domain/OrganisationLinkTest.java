package fr.essor.funding.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class OrganisationLinkTest {

    private static final Instant ASKED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-02T10:00:00Z");

    private final OrganisationLink asked = OrganisationLink.request("asso-fabrique", "73282932000074",
            "La Fabrique Solidaire", ASKED);

    @Test
    void aRequestedLinkWaitsAndOpensNothingUntilAnAgentConfirmsIt() {
        assertThat(asked.status()).isEqualTo(LinkStatus.REQUESTED);
        assertThat(asked.confirmed()).isFalse();
        assertThat(asked.id()).isEqualTo("asso-fabrique~73282932000074");

        PortalOutcome<OrganisationLink> confirmed = asked.confirm("instructeur", DECIDED);

        assertThat(confirmed).isInstanceOfSatisfying(PortalOutcome.Changed.class, changed -> {
            OrganisationLink link = (OrganisationLink) changed.state();
            assertThat(link.confirmed()).isTrue();
            assertThat(link.decidedBy()).isEqualTo("instructeur");
            assertThat(link.decidedAt()).isEqualTo(DECIDED);
            assertThat(link.version()).isEqualTo(2);
        });
    }

    @Test
    void aRefusalNeedsAReasonAndARefusedLinkIsNeitherConfirmedNorRefusedAgainButMayBeAskedAgain() {
        assertThat(asked.refuse("  ", "instructeur", DECIDED)).isInstanceOfSatisfying(PortalOutcome.Invalid.class,
                invalid -> assertThat(invalid.field()).isEqualTo("reason"));

        OrganisationLink refused = (OrganisationLink) ((PortalOutcome.Changed<?>) asked.refuse("Compte inconnu",
                "instructeur", DECIDED)).state();

        assertThat(refused.status()).isEqualTo(LinkStatus.REFUSED);
        assertThat(refused.note()).isEqualTo("Compte inconnu");
        assertThat(refused.confirm("instructeur", DECIDED)).isInstanceOf(PortalOutcome.NotAllowedNow.class);
        assertThat(refused.refuse("encore", "instructeur", DECIDED)).isInstanceOf(PortalOutcome.NotAllowedNow.class);
        assertThat(refused.requestAgain(DECIDED)).isInstanceOfSatisfying(PortalOutcome.Changed.class,
                again -> assertThat(((OrganisationLink) again.state()).status()).isEqualTo(LinkStatus.REQUESTED));
    }

    @Test
    void confirmingTwiceChangesNothing() {
        OrganisationLink confirmed = (OrganisationLink) ((PortalOutcome.Changed<?>) asked.confirm("dmta", DECIDED))
                .state();
        assertThat(confirmed.confirm("djva", DECIDED.plusSeconds(60))).isInstanceOf(PortalOutcome.Unchanged.class);
        assertThat(confirmed.requestAgain(DECIDED)).isInstanceOf(PortalOutcome.Unchanged.class);
    }

    @Test
    void aLinkToAnEstablishmentTheRegistrySaysClosedIsNotConfirmedAndStillWaitsForARefusal() {
        PortalOutcome<OrganisationLink> closed = asked.confirm("instructeur", DECIDED, true);

        assertThat(closed).isInstanceOfSatisfying(PortalOutcome.NotAllowedNow.class,
                notNow -> assertThat(notNow.message()).contains("« La Fabrique Solidaire » est fermé"));
        assertThat(asked.refuse("Établissement fermé", "instructeur", DECIDED))
                .isInstanceOf(PortalOutcome.Changed.class);
        assertThat(asked.confirm("instructeur", DECIDED, false)).isInstanceOf(PortalOutcome.Changed.class);
    }
}
