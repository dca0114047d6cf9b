package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.essor.foncier.hub.domain.SpaceTest.NOW;
import static fr.essor.foncier.hub.domain.SpaceTest.SEPT;
import static fr.essor.foncier.hub.domain.SpaceTest.allocated;
import static fr.essor.foncier.hub.domain.SpaceTest.waiting;
import static fr.essor.foncier.hub.domain.SpaceTest.workshop;
import static org.assertj.core.api.Assertions.assertThat;

/** Whom a space may go to: the allocation's check and the page's offer are the same rule. */
class CandidatesTest {

    private static final OccupancyCall CALL = new OccupancyCall("AAO-2026-01", "Appel 2026", "",
            Set.of(SpaceType.PRODUCTIVE), List.of("Ancrage local"), LocalDate.of(2026, 6, 30), NOW, "pole");

    private final OccupancyApplication waitingFirst = waiting(CALL, "CAND-2", 80, NOW.plusSeconds(60));
    private final OccupancyApplication waitingSecond = waiting(CALL, "CAND-3", 90, NOW.plusSeconds(120));
    private final OccupancyApplication waitingTooBig = waiting(CALL, "CAND-1", 400, NOW);
    private final OccupancyApplication selected = decided(waiting(CALL, "CAND-4", 20, NOW), ApplicationStatus.SELECTED);
    private final OccupancyApplication rejected = decided(waiting(CALL, "CAND-5", 20, NOW), ApplicationStatus.REJECTED);
    private final OccupancyApplication housed = decided(waiting(CALL, "CAND-6", 20, NOW), ApplicationStatus.SELECTED);
    private final List<OccupancyApplication> everyApplication = List.of(waitingTooBig, waitingFirst, waitingSecond,
            selected, rejected, housed);

    private final Space neverVacated = workshop("S1", "B04", 85, SpaceType.PRODUCTIVE);
    private final Space vacated = ((Space.Moved) allocated(workshop("S2", "B04", 85, SpaceType.PRODUCTIVE), "A1",
            SEPT, null).vacate("A1", LocalDate.of(2027, 1, 31), "pole", NOW)).space();
    private final Space vacatedOffice = ((Space.Moved) allocated(workshop("S3", "B04", 85, SpaceType.TERTIARY), "A2",
            SEPT, null).vacate("A2", LocalDate.of(2027, 1, 31), "pole", NOW)).space();

    private final Candidates candidates = new Candidates(new WaitingList(everyApplication, Set.of("CAND-6")),
            Set.of("CAND-6"));

    private static OccupancyApplication decided(OccupancyApplication application, ApplicationStatus status) {
        return ((OccupancyApplication.Decided) application.decide(status, "Décision du comité", "pole", NOW))
                .application();
    }

    private static Optional<String> code(Optional<Violation> refusal) {
        return refusal.map(Violation::code);
    }

    @Test
    void aRetainedOrWaitingApplicationWithoutASpaceMayBeGivenOneNoOtherMay() {
        assertThat(candidates.refusal(neverVacated, selected)).isEmpty();
        assertThat(candidates.refusal(neverVacated, waitingSecond)).isEmpty();
        assertThat(candidates.refusal(neverVacated, rejected)).hasValue(new Violation("applicationId",
                "application.notRetained", "La candidature CAND-5 est « Non retenue » : seule une candidature retenue "
                + "ou en liste d'attente reçoit un espace."));
        assertThat(candidates.refusal(neverVacated, housed)).hasValue(new Violation("applicationId",
                "application.housed", "La candidature CAND-6 a déjà un espace."));
    }

    @Test
    void aSpaceNeverVacatedIsOfferedToEveryoneItMayGoToInTheirOrder() {
        Candidates.Offer offer = candidates.offerFor(neverVacated, everyApplication);

        assertThat(offer.waitingListFirst()).isFalse();
        assertThat(offer.applications()).containsExactly(waitingTooBig, waitingFirst, waitingSecond, selected);
    }

    @Test
    void aVacatedSpaceIsOfferedOnlyToTheHeadOfTheWaitingListItFitsAndRefusedToAnyoneElse() {
        Candidates.Offer offer = candidates.offerFor(vacated, everyApplication);

        assertThat(offer.waitingListFirst()).isTrue();
        assertThat(offer.applications()).containsExactly(waitingFirst);
        assertThat(candidates.refusal(vacated, waitingFirst)).isEmpty();
        assertThat(code(candidates.refusal(vacated, selected))).hasValue("waitingList.first");
        assertThat(code(candidates.refusal(vacated, waitingSecond))).hasValue("waitingList.first");
        assertThat(code(candidates.refusal(vacated, rejected))).as("its own reason first")
                .hasValue("application.notRetained");
    }

    @Test
    void aVacatedSpaceThatFitsNobodyWaitingIsOfferedToEveryoneItMayGoTo() {
        Candidates.Offer offer = candidates.offerFor(vacatedOffice, everyApplication);

        assertThat(offer.waitingListFirst()).isFalse();
        assertThat(offer.applications()).containsExactly(waitingTooBig, waitingFirst, waitingSecond, selected);
    }

    @Test
    void onceTheHeadOfTheWaitingListIsHousedTheNextOneWhoFitsComesFirst() {
        Candidates afterFirst = new Candidates(new WaitingList(everyApplication, Set.of("CAND-2", "CAND-6")),
                Set.of("CAND-2", "CAND-6"));

        assertThat(afterFirst.offerFor(vacated, everyApplication).applications()).containsExactly(waitingSecond);
        assertThat(code(afterFirst.refusal(vacated, waitingFirst))).hasValue("application.housed");
    }
}
