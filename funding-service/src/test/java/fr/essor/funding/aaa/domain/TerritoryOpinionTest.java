package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import static fr.essor.funding.aaa.domain.AaaFixtures.DJVA;
import static fr.essor.funding.aaa.domain.AaaFixtures.DTER;
import static fr.essor.funding.aaa.domain.AaaFixtures.EPT_EST_ENSEMBLE;
import static fr.essor.funding.aaa.domain.AaaFixtures.EPT_PLAINE_COMMUNE;
import static fr.essor.funding.aaa.domain.AaaFixtures.NOW;
import static fr.essor.funding.aaa.domain.AaaFixtures.inState;
import static fr.essor.funding.aaa.domain.ApplicationStatus.TERRITORY_OPINION_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

/** The structured opinion of the EPTs of the project's territory (Saint-Denis → T6, Montreuil → T8). */
class TerritoryOpinionTest {

    private static final Agent EPT_TERRES_ENVOL = new Agent("ept-terres-envol", java.util.Set.of(), false, "T7");

    @Test
    void anEptGivesItsOpinionOnItsOwnTerritoryAndANewOneReplacesTheFormer() {
        Application first = WorkflowTest.changed(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T6",
                Opinion.RESERVED, "Doublon avec un projet local", EPT_PLAINE_COMMUNE, NOW));
        Application second = WorkflowTest.changed(first.giveOpinion("T6", Opinion.FAVOURABLE, null,
                EPT_PLAINE_COMMUNE, NOW));

        assertThat(second.opinions()).containsExactly(new TerritoryOpinion("T6", Opinion.FAVOURABLE, null,
                "ept-plaine-commune", false, NOW));
        assertThat(second.history()).extracting(HistoryEntry::note)
                .containsExactly("Plaine Commune (T6) : Réservé — Doublon avec un projet local",
                        "Plaine Commune (T6) : Favorable");
    }

    @Test
    void anEptMayNotSpeakForAnotherTerritoryNorOnAProjectOutsideItsOwn() {
        assertThat(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T6", Opinion.FAVOURABLE, null, EPT_EST_ENSEMBLE,
                NOW)).isInstanceOf(ApplicationOutcome.Forbidden.class);
        assertThat(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T7", Opinion.FAVOURABLE, null, EPT_TERRES_ENVOL,
                NOW)).isInstanceOfSatisfying(ApplicationOutcome.Forbidden.class, f ->
                        assertThat(f.reason()).contains("de son territoire (T7)"));
        assertThat(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T8", Opinion.FAVOURABLE, null, EPT_EST_ENSEMBLE,
                NOW)).isInstanceOf(ApplicationOutcome.Changed.class);
    }

    @Test
    void anAgentOfTheApplicationRecordsTheOpinionOnTheEptsBehalf() {
        Application recorded = WorkflowTest.changed(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T8",
                Opinion.UNFAVOURABLE, "Pas de besoin identifié", DJVA, NOW));

        assertThat(recorded.opinionOf("T8")).hasValueSatisfying(o -> {
            assertThat(o.recordedByAgent()).isTrue();
            assertThat(o.givenBy()).isEqualTo("djva");
        });
        assertThat(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T8", Opinion.FAVOURABLE, null, DTER, NOW))
                .isInstanceOf(ApplicationOutcome.Forbidden.class);
        assertThat(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T9", Opinion.FAVOURABLE, null, DJVA, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, i -> assertThat(i.violations())
                        .extracting(Violation::code).containsExactly("territoryCode.notConcerned"));
    }

    @Test
    void anOpinionIsGivenOnlyWhenAskedForAndAReservedOrUnfavourableOneIsMotivated() {
        assertThat(inState(ApplicationStatus.UNDER_REVIEW).giveOpinion("T6", Opinion.FAVOURABLE, null,
                EPT_PLAINE_COMMUNE, NOW)).isInstanceOfSatisfying(ApplicationOutcome.NotAllowedNow.class, n ->
                        assertThat(n.code()).isEqualTo("opinion.notRequested"));
        assertThat(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T6", Opinion.UNFAVOURABLE, " ",
                EPT_PLAINE_COMMUNE, NOW)).isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, i ->
                        assertThat(i.violations()).extracting(Violation::code).containsExactly("comment.required"));
        assertThat(inState(TERRITORY_OPINION_REQUESTED).giveOpinion("T6", null, null, EPT_PLAINE_COMMUNE, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, i ->
                        assertThat(i.violations()).extracting(Violation::code).containsExactly("opinion.required"));
    }
}
