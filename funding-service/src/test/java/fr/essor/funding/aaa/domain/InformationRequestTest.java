package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.portal.domain.FileForApplicant;
import org.junit.jupiter.api.Test;

/** A request for information (a correction requested) and the organisation's answer online (ADR-0016). */
class InformationRequestTest {

    private static final Instant LATER = AaaFixtures.NOW.plusSeconds(7200);
    private static final List<InformationAnswer.Attachment> BUDGET =
            List.of(new InformationAnswer.Attachment("d1", "budget.pdf"));

    private static Application asked(String request) {
        Application submitted = ((ApplicationOutcome.Changed) Application.submit("AAA-2026-0001", AaaFixtures.call(),
                AaaFixtures.details(), Channel.ONLINE, Optional.empty(), AaaFixtures.NOW.atZone(
                        java.time.ZoneId.of("Europe/Paris")).toLocalDate(), "asso-fabrique", AaaFixtures.NOW))
                .application();
        ApplicationOutcome outcome = submitted.perform(WorkflowAction.REQUEST_CORRECTION,
                TransitionRequest.because(request), AaaFixtures.PILOT, AaaFixtures.NOW.plusSeconds(60));
        return ((ApplicationOutcome.Changed) outcome).application();
    }

    @Test
    void askingACorrectionPublishesTheRequestAddressedToTheOrganisation() {
        Application submitted = asked("Joignez le RIB.");
        ApplicationOutcome again = submitted.perform(WorkflowAction.RECEIVE_CORRECTION,
                TransitionRequest.because(null), AaaFixtures.PILOT, LATER);
        Application back = ((ApplicationOutcome.Changed) again).application();
        ApplicationOutcome outcome = back.perform(WorkflowAction.REQUEST_CORRECTION,
                TransitionRequest.because("Précisez le budget."), AaaFixtures.PILOT, LATER.plusSeconds(1));

        assertThat(((ApplicationOutcome.Changed) outcome).events()).singleElement()
                .isInstanceOfSatisfying(InformationRequested.class, e -> {
                    assertThat(e.request()).isEqualTo("Précisez le budget.");
                    assertThat(e.recordedBy()).isEqualTo(AaaFixtures.PILOT.username());
                    assertThat(e.application().status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
                });
    }

    @Test
    void theAnswerIsRecordedDatedAndAttributedWithItsDocumentsAndTheStatusWaitsForTheInstructors() {
        Application answered = ((ApplicationOutcome.Changed) asked("Joignez le budget signé.")
                .answerRequest("  Le voici.  ", BUDGET, "asso-fabrique", LATER)).application();

        assertThat(answered.status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
        assertThat(answered.answers()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Le voici.");
            assertThat(a.request()).isEqualTo("Joignez le budget signé.");
            assertThat(a.requestedAt()).isEqualTo(AaaFixtures.NOW.plusSeconds(60));
            assertThat(a.by()).isEqualTo("asso-fabrique");
            assertThat(a.at()).isEqualTo(LATER);
            assertThat(a.attachments()).isEqualTo(BUDGET);
        });
        assertThat(answered.history().getLast()).satisfies(h -> {
            assertThat(h.what()).isEqualTo("INFORMATION_PROVIDED");
            assertThat(h.by()).isEqualTo("asso-fabrique");
            assertThat(h.note()).contains("Le voici.", "budget.pdf");
        });
        assertThat(answered.updatedBy()).isEqualTo("asso-fabrique");

        FileForApplicant file = FileForApplicant.of(answered);
        assertThat(file.awaitingAnswer()).isFalse();
        assertThat(file.statusExplained()).contains("Votre réponse est transmise");
        assertThat(file.steps().getLast()).satisfies(step -> {
            assertThat(step.what()).isEqualTo("Votre réponse");
            assertThat(step.message()).isEqualTo("Le voici.");
            assertThat(step.fromApplicant()).isTrue();
            assertThat(step.documents()).containsExactly("budget.pdf");
        });
    }

    @Test
    void oneAnswerPerRequestAndNoneWithoutARequestOrWithoutText() {
        Application asked = asked("Joignez le budget signé.");
        assertThat(FileForApplicant.of(asked).awaitingAnswer()).isTrue();
        assertThat(FileForApplicant.of(asked).openRequest()).isEqualTo("Joignez le budget signé.");
        Application answered = ((ApplicationOutcome.Changed) asked.answerRequest("Le voici.", List.of(),
                "asso-fabrique", LATER)).application();

        assertThat(answered.answerRequest("Encore", List.of(), "asso-fabrique", LATER.plusSeconds(1)))
                .isEqualTo(new ApplicationOutcome.NotAllowedNow("answer.alreadyGiven", "Vous avez déjà répondu à "
                        + "cette demande ; le Département reviendra vers vous s'il lui faut autre chose."));
        assertThat(AaaFixtures.inState(ApplicationStatus.UNDER_REVIEW).answerRequest("Voici", List.of(),
                "asso-fabrique", LATER)).isInstanceOfSatisfying(ApplicationOutcome.NotAllowedNow.class,
                n -> assertThat(n.code()).isEqualTo("answer.notRequested"));
        assertThat(asked.answerRequest(" ", List.of(), "asso-fabrique", LATER))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, i -> assertThat(i.violations())
                        .extracting(Violation::code).containsExactly("text.required"));
        assertThat(asked.answerRequest("x".repeat(4001), List.of(), "asso-fabrique", LATER))
                .isInstanceOfSatisfying(ApplicationOutcome.Invalid.class, i -> assertThat(i.violations())
                        .extracting(Violation::code).containsExactly("text.size"));
    }

    @Test
    void aNewRequestAfterAnAnswerOpensANewAnswer() {
        Application answered = ((ApplicationOutcome.Changed) asked("Joignez le budget signé.")
                .answerRequest("Le voici.", List.of(), "asso-fabrique", LATER)).application();
        Application back = ((ApplicationOutcome.Changed) answered.perform(WorkflowAction.RECEIVE_CORRECTION,
                TransitionRequest.because(null), AaaFixtures.PILOT, LATER.plusSeconds(10))).application();
        Application askedAgain = ((ApplicationOutcome.Changed) back.perform(WorkflowAction.REQUEST_CORRECTION,
                TransitionRequest.because("Le budget n'est pas signé."), AaaFixtures.PILOT, LATER.plusSeconds(20)))
                .application();

        assertThat(FileForApplicant.of(askedAgain).awaitingAnswer()).isTrue();
        assertThat(askedAgain.answerRequest("Signé cette fois.", List.of(), "asso-fabrique", LATER.plusSeconds(30)))
                .isInstanceOf(ApplicationOutcome.Changed.class);
    }
}
