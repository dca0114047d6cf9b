package fr.essor.funding.aaa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import fr.essor.funding.portal.domain.FileForApplicant;
import org.junit.jupiter.api.Test;

/** The applicant's view of its file (portal), built from a real workflow of the Appel à Agir. */
class FileForApplicantTest {

    @Test
    void theApplicantReadsTheDatedStepsInPlainFrenchAndTheRequestAddressedToItButNoAgentNameNoteOrScore() {
        Application submitted = ((ApplicationOutcome.Changed) Application.submit("AAA-2026-0001", AaaFixtures.call(),
                AaaFixtures.details(), Channel.ONLINE, Optional.empty(), AaaFixtures.NOW.atZone(
                        java.time.ZoneId.of("Europe/Paris")).toLocalDate(), "asso-fabrique", AaaFixtures.NOW))
                .application();
        Application admissible = step(submitted, WorkflowAction.DECLARE_ADMISSIBLE, "Note interne : dossier complet");
        Application asked = step(step(admissible, WorkflowAction.START_REVIEW, null),
                WorkflowAction.REQUEST_CORRECTION, "Joignez le budget signé.");

        FileForApplicant file = FileForApplicant.of(asked);

        assertThat(file.status()).isEqualTo("Complément demandé");
        assertThat(file.steps()).extracting(FileForApplicant.Step::what)
                .containsExactly("Déposée", "Recevable", "En cours d'examen", "Complément demandé");
        assertThat(file.steps()).extracting(FileForApplicant.Step::message)
                .containsExactly(null, null, null, "Joignez le budget signé.");
        assertThat(file.toString()).doesNotContain("dmta", "Note interne");
    }

    @Test
    void everyStatusHasAWordingForTheApplicant() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(FileForApplicant.label(status)).isNotBlank().doesNotContain("_");
        }
        assertThat(FileForApplicant.of(AaaFixtures.inState(ApplicationStatus.GRANTED)).statusExplained())
                .contains("convention");
    }

    private static Application step(Application application, WorkflowAction action, String reason) {
        ApplicationOutcome outcome = application.perform(action, new TransitionRequest(reason, null, null, null),
                AaaFixtures.PILOT, AaaFixtures.NOW.plusSeconds(3600));
        assertThat(outcome).as(action.name()).isInstanceOf(ApplicationOutcome.Changed.class);
        return ((ApplicationOutcome.Changed) outcome).application();
    }

}
