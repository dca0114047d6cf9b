package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static fr.essor.funding.aaa.domain.AaaFixtures.DJVA;
import static fr.essor.funding.aaa.domain.AaaFixtures.DTER;
import static fr.essor.funding.aaa.domain.AaaFixtures.EPT_PLAINE_COMMUNE;
import static fr.essor.funding.aaa.domain.AaaFixtures.NOW;
import static fr.essor.funding.aaa.domain.AaaFixtures.PILOT;
import static fr.essor.funding.aaa.domain.AaaFixtures.completeRequest;
import static fr.essor.funding.aaa.domain.AaaFixtures.inState;
import static fr.essor.funding.aaa.domain.ApplicationStatus.*;
import static fr.essor.funding.aaa.domain.WorkflowAction.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The instruction workflow as a state machine: every state × step pair is either the table's transition or refused. */
class WorkflowTest {

    /** The workflow of issue 4, written out independently of {@link WorkflowAction}'s own table. */
    private static final Map<WorkflowAction, Map<ApplicationStatus, ApplicationStatus>> LEGAL = Map.ofEntries(
            Map.entry(DECLARE_ADMISSIBLE, Map.of(SUBMITTED, ADMISSIBLE)),
            Map.entry(DECLARE_INADMISSIBLE, Map.of(SUBMITTED, INADMISSIBLE)),
            Map.entry(START_REVIEW, Map.of(ADMISSIBLE, UNDER_REVIEW)),
            Map.entry(REQUEST_CORRECTION, Map.of(SUBMITTED, CORRECTION_REQUESTED, UNDER_REVIEW, CORRECTION_REQUESTED)),
            Map.entry(RECEIVE_CORRECTION, Map.of(CORRECTION_REQUESTED, UNDER_REVIEW)),
            Map.entry(REQUEST_TERRITORY_OPINION, Map.of(UNDER_REVIEW, TERRITORY_OPINION_REQUESTED)),
            Map.entry(PROPOSE_FOR_VOTE, Map.of(TERRITORY_OPINION_REQUESTED, PROPOSED_FOR_VOTE)),
            Map.entry(GRANT, Map.of(PROPOSED_FOR_VOTE, GRANTED)),
            Map.entry(REFUSE, Map.of(PROPOSED_FOR_VOTE, REFUSED)),
            Map.entry(SIGN_AGREEMENT, Map.of(GRANTED, AGREEMENT_SIGNED)),
            Map.entry(START_PAYMENT, Map.of(AGREEMENT_SIGNED, IN_PAYMENT)),
            Map.entry(SETTLE, Map.of(IN_PAYMENT, SETTLED)));

    static Stream<Arguments> everyStateAndStep() {
        List<Arguments> pairs = new ArrayList<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                pairs.add(Arguments.of(status, action));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndStep")
    void eachStepLeadsWhereTheWorkflowSaysOrIsRefusedWithAStableCodeAndAFrenchMessage(ApplicationStatus status,
                                                                                     WorkflowAction action) {
        Application application = inState(status);
        ApplicationStatus expected = LEGAL.get(action).get(status);

        ApplicationOutcome outcome = application.perform(action, completeRequest(), PILOT, NOW);

        if (expected == null) {
            assertThat(outcome).isInstanceOfSatisfying(ApplicationOutcome.NotAllowedNow.class, refused -> {
                assertThat(refused.code()).isEqualTo("transition.illegal");
                assertThat(refused.message()).startsWith("Impossible de " + action.label())
                        .contains("« " + status.label() + " »");
            });
        } else {
            assertThat(outcome).isInstanceOfSatisfying(ApplicationOutcome.Changed.class, changed -> {
                assertThat(changed.application().status()).isEqualTo(expected);
                assertThat(changed.application().version()).isEqualTo(application.version() + 1);
                HistoryEntry last = changed.application().history().getLast();
                assertThat(last).isEqualTo(new HistoryEntry(NOW, "dmta", action.name(), status, expected,
                        "Projet solide"));
            });
        }
    }

    @Test
    void theRefusalNamesTheStepsThatArePossibleOrSaysNoneFollowsAFinalState() {
        assertThat(inState(SUBMITTED).perform(SETTLE, completeRequest(), PILOT, NOW))
                .isEqualTo(new ApplicationOutcome.NotAllowedNow("transition.illegal", "Impossible de solder une "
                        + "candidature « Déposée » (étapes possibles : déclarer recevable, déclarer irrecevable, "
                        + "demander une correction)."));
        assertThat(((ApplicationOutcome.NotAllowedNow) inState(REFUSED).perform(START_REVIEW, completeRequest(),
                PILOT, NOW)).message()).endsWith("(aucune étape ne suit cet état).");
    }

    @Test
    void aVoteAnAgreementOrAPaymentAskedThroughTheInstructionIsRefusedBeforeItsFieldsAreChecked() {
        TransitionRequest empty = TransitionRequest.because(null);
        for (WorkflowAction action : List.of(GRANT, REFUSE)) {
            assertThat(inState(PROPOSED_FOR_VOTE).perform(action, empty, PILOT, NOW,
                    WorkflowAction.RecordedThrough.INSTRUCTION)).isEqualTo(new ApplicationOutcome.NotAllowedNow(
                    "step.recordedElsewhere", "Le vote s'enregistre dans une séance de vote (Séances de vote), puis "
                    + "s'applique à la clôture de la séance."));
        }
        assertThat(inState(GRANTED).perform(SIGN_AGREEMENT, empty, PILOT, NOW,
                WorkflowAction.RecordedThrough.INSTRUCTION)).isEqualTo(new ApplicationOutcome.NotAllowedNow(
                "step.recordedElsewhere", "La convention et les versements s'enregistrent dans le dossier de "
                + "subvention."));
        assertThat(inState(GRANTED).perform(SIGN_AGREEMENT, empty, PILOT, NOW,
                WorkflowAction.RecordedThrough.GRANT_FILE)).isInstanceOf(ApplicationOutcome.Changed.class);
    }

    @Test
    void aStepAskedWhereItIsNotRecordedKeepsTheAgentsAndTheStateMachinesOwnRefusalsFirst() {
        assertThat(((ApplicationOutcome.NotAllowedNow) inState(SUBMITTED).perform(GRANT, completeRequest(), PILOT,
                NOW, WorkflowAction.RecordedThrough.INSTRUCTION)).code()).isEqualTo("transition.illegal");
        assertThat(inState(PROPOSED_FOR_VOTE).perform(GRANT, completeRequest(), DJVA, NOW,
                WorkflowAction.RecordedThrough.INSTRUCTION)).isInstanceOf(ApplicationOutcome.Forbidden.class);
        assertThat(inState(ADMISSIBLE).perform(START_REVIEW, completeRequest(), PILOT, NOW,
                WorkflowAction.RecordedThrough.VOTING_SESSION)).isEqualTo(new ApplicationOutcome.NotAllowedNow(
                "step.recordedElsewhere", "L'étape s'enregistre sur la candidature, dans son instruction."));
        assertThat(inState(ADMISSIBLE).perform(START_REVIEW, completeRequest(), PILOT, NOW,
                WorkflowAction.RecordedThrough.INSTRUCTION)).isInstanceOf(ApplicationOutcome.Changed.class);
    }

    @Test
    void aCorrectionAskedAtSubmissionGoesBackToSubmittedAndOneAskedDuringInstructionBackToInstruction() {
        Application submitted = inState(SUBMITTED);
        Application waiting = changed(submitted.perform(REQUEST_CORRECTION, TransitionRequest.because("RIB manquant"),
                PILOT, NOW));
        assertThat(waiting.correctionReturnsTo()).contains(SUBMITTED);
        assertThat(changed(waiting.perform(RECEIVE_CORRECTION, TransitionRequest.because(null), PILOT, NOW))
                .status()).isEqualTo(SUBMITTED);

        Application underReview = inState(UNDER_REVIEW);
        Application waitingAgain = changed(underReview.perform(REQUEST_CORRECTION,
                TransitionRequest.because("Budget incohérent"), DJVA, NOW));
        Application back = changed(waitingAgain.perform(RECEIVE_CORRECTION, TransitionRequest.because(null), DJVA,
                NOW));
        assertThat(back.status()).isEqualTo(UNDER_REVIEW);
        assertThat(back.correctionReturnsTo()).isEmpty();
    }

    @Test
    void refusalsCorrectionsAndVotesMustSayWhy() {
        for (WorkflowAction action : List.of(DECLARE_INADMISSIBLE, REQUEST_CORRECTION)) {
            assertThat(inState(SUBMITTED).perform(action, TransitionRequest.because("  "), PILOT, NOW))
                    .isEqualTo(new ApplicationOutcome.Invalid(List.of(new Violation("reason", "reason.required",
                            action == REQUEST_CORRECTION ? "Dites ce qui doit être corrigé." : "Dites pourquoi."))));
        }
        ApplicationOutcome refusedWithoutJustification = inState(PROPOSED_FOR_VOTE).perform(REFUSE,
                new TransitionRequest(null, null, "CD-1", java.time.LocalDate.of(2026, 5, 12)), PILOT, NOW);
        assertThat(refusedWithoutJustification).isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::code).containsExactly("reason.required"));
    }

    @Test
    void aStepWithoutAVoteStillRefusesAnAmountOrAReferenceBeyondTheirBounds() {
        assertThat(inState(UNDER_REVIEW).perform(REQUEST_CORRECTION, new TransitionRequest("Budget manquant",
                new BigDecimal("1000000000.01"), "R".repeat(101), null), PILOT, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::code).containsExactly("amount.range", "decisionReference.too-long"));
    }

    @Test
    void aGrantNeedsAPositiveAmountWithinTheRequestAReferenceAndADate() {
        ApplicationOutcome outcome = inState(PROPOSED_FOR_VOTE).perform(GRANT,
                new TransitionRequest("Bon projet", new BigDecimal("23000.01"), " ", null), PILOT, NOW);

        assertThat(outcome).isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::code).containsExactly("amount.aboveRequest",
                        "decisionReference.required", "decidedOn.required"));
        assertThat(inState(PROPOSED_FOR_VOTE).perform(GRANT, new TransitionRequest("Bon projet", BigDecimal.ZERO,
                "CD-1", java.time.LocalDate.of(2026, 5, 12)), PILOT, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::code).containsExactly("amount.range"));
        assertThat(inState(PROPOSED_FOR_VOTE).perform(GRANT, new TransitionRequest("Bon projet",
                new BigDecimal("100.001"), "R".repeat(101), java.time.LocalDate.of(2026, 5, 12)), PILOT, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::code).containsExactly("amount.decimals", "decisionReference.too-long"));
    }

    @Test
    void noVoteIsDatedBeforeTheFileWasReceivedTheDayOfReceiptItselfIsAccepted() {
        java.time.LocalDate stamped = java.time.LocalDate.of(2026, 4, 14);
        Application paper = new Application("AAA-2026-0001", "AAA-2026", 2026, AaaFixtures.details(), Channel.AGENT,
                null, PROPOSED_FOR_VOTE, null, java.util.EnumSet.of(Directorate.DJVA), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), 3, java.time.Instant.parse("2026-05-04T09:00:00Z"), "dmta",
                stamped, NOW, "dmta");

        for (WorkflowAction vote : List.of(GRANT, REFUSE)) {
            assertThat(paper.perform(vote, new TransitionRequest("Projet solide", new BigDecimal("15000"), "CD-1",
                    stamped.minusDays(1)), PILOT, NOW)).isEqualTo(new ApplicationOutcome.Invalid(List.of(
                    new Violation("decidedOn", "decidedOn.beforeReceipt", "Le vote ne peut pas précéder la "
                            + "réception du dossier : le dossier AAA-2026-0001 a été reçu le 14/04/2026, le vote est "
                            + "daté du 13/04/2026."))));
            assertThat(paper.perform(vote, new TransitionRequest("Projet solide", new BigDecimal("15000"), "CD-1",
                    stamped), PILOT, NOW)).isInstanceOfSatisfying(ApplicationOutcome.Changed.class, changed ->
                    assertThat(changed.application().decision().orElseThrow().decidedOn()).isEqualTo(stamped));
        }
        // an application submitted online was received the day it was submitted (10/03/2026 in Paris)
        assertThat(inState(PROPOSED_FOR_VOTE).perform(GRANT, new TransitionRequest("Projet solide",
                new BigDecimal("15000"), "CD-1", java.time.LocalDate.of(2026, 3, 9)), PILOT, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::code).containsExactly("decidedOn.beforeReceipt"));
    }

    @Test
    void aGrantedVoteRecordsTheDecisionAndPublishesTheDecisionAndTheGrantARefusalOnlyTheDecision() {
        ApplicationOutcome.Changed granted = (ApplicationOutcome.Changed) inState(PROPOSED_FOR_VOTE).perform(GRANT,
                completeRequest(), PILOT, NOW);
        assertThat(granted.application().decision()).contains(new Decision(true, new BigDecimal("15000"),
                "Projet solide", "CD-2026-05-12-0087", java.time.LocalDate.of(2026, 5, 12)));
        assertThat(granted.events()).hasExactlyElementsOfTypes(ApplicationDecided.class, GrantAwarded.class);
        assertThat(granted.events()).allSatisfy(e -> assertThat(e.application()).isSameAs(granted.application()));

        ApplicationOutcome.Changed refused = (ApplicationOutcome.Changed) inState(PROPOSED_FOR_VOTE).perform(REFUSE,
                completeRequest(), PILOT, NOW);
        assertThat(refused.application().decision()).hasValueSatisfying(d -> {
            assertThat(d.granted()).isFalse();
            assertThat(d.amount()).isNull();
        });
        assertThat(refused.events()).hasExactlyElementsOfTypes(ApplicationDecided.class);
    }

    @ParameterizedTest
    @EnumSource(value = WorkflowAction.class, names = {"DECLARE_ADMISSIBLE", "DECLARE_INADMISSIBLE", "GRANT", "REFUSE",
            "SIGN_AGREEMENT", "START_PAYMENT", "SETTLE"})
    void onlyThePilotDecidesAdmissibilityVotesAgreementsAndPayments(WorkflowAction action) {
        ApplicationStatus from = LEGAL.get(action).keySet().iterator().next();

        assertThat(inState(from).perform(action, completeRequest(), DJVA, NOW))
                .isInstanceOf(ApplicationOutcome.Forbidden.class);
        assertThat(inState(from).perform(action, completeRequest(), PILOT, NOW))
                .isInstanceOf(ApplicationOutcome.Changed.class);
    }

    @Test
    void anAssignedDirectorateInstructsButAnotherDirectorateAndAnEptDoNot() {
        assertThat(inState(ADMISSIBLE).perform(START_REVIEW, completeRequest(), DJVA, NOW))
                .isInstanceOf(ApplicationOutcome.Changed.class);
        assertThat(inState(ADMISSIBLE).perform(START_REVIEW, completeRequest(), DTER, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.Forbidden.class, f ->
                        assertThat(f.reason()).contains("directions désignées : DJVA"));
        assertThat(inState(ADMISSIBLE).perform(START_REVIEW, completeRequest(), EPT_PLAINE_COMMUNE, NOW))
                .isInstanceOf(ApplicationOutcome.Forbidden.class);
    }

    @Test
    void theStepsOfferedToAnAgentAreThoseTheStateAllowsAndTheyMayTake() {
        assertThat(inState(SUBMITTED).availableActions(PILOT))
                .containsExactly(DECLARE_ADMISSIBLE, DECLARE_INADMISSIBLE, REQUEST_CORRECTION);
        assertThat(inState(SUBMITTED).availableActions(DJVA)).containsExactly(REQUEST_CORRECTION);
        assertThat(inState(SETTLED).availableActions(PILOT)).isEmpty();
    }

    @Test
    void assigningDirectoratesIsThePilotsAndIsRecorded() {
        Application assigned = changed(inState(UNDER_REVIEW).assign(List.of(Directorate.DTER, Directorate.DJVA),
                PILOT, NOW));
        assertThat(assigned.directorates()).containsExactlyInAnyOrder(Directorate.DJVA, Directorate.DTER);
        assertThat(assigned.history().getLast().what()).isEqualTo("ASSIGNED");
        assertThat(inState(UNDER_REVIEW).assign(List.of(Directorate.DTER), DJVA, NOW))
                .isInstanceOf(ApplicationOutcome.Forbidden.class);
        assertThat(inState(UNDER_REVIEW).assign(List.of(Directorate.DJVA), PILOT, NOW))
                .isInstanceOf(ApplicationOutcome.Unchanged.class);
        assertThat(inState(REFUSED).assign(List.of(Directorate.DTER), PILOT, NOW))
                .isInstanceOfSatisfying(ApplicationOutcome.NotAllowedNow.class, n ->
                        assertThat(n.code()).isEqualTo("assignment.closed"));
    }

    static Application changed(ApplicationOutcome outcome) {
        assertThat(outcome).isInstanceOf(ApplicationOutcome.Changed.class);
        return ((ApplicationOutcome.Changed) outcome).application();
    }
}
