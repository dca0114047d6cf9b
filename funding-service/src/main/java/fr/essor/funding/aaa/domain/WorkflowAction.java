package fr.essor.funding.aaa.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static fr.essor.funding.aaa.domain.ApplicationStatus.ADMISSIBLE;
import static fr.essor.funding.aaa.domain.ApplicationStatus.AGREEMENT_SIGNED;
import static fr.essor.funding.aaa.domain.ApplicationStatus.CORRECTION_REQUESTED;
import static fr.essor.funding.aaa.domain.ApplicationStatus.GRANTED;
import static fr.essor.funding.aaa.domain.ApplicationStatus.INADMISSIBLE;
import static fr.essor.funding.aaa.domain.ApplicationStatus.IN_PAYMENT;
import static fr.essor.funding.aaa.domain.ApplicationStatus.PROPOSED_FOR_VOTE;
import static fr.essor.funding.aaa.domain.ApplicationStatus.REFUSED;
import static fr.essor.funding.aaa.domain.ApplicationStatus.SETTLED;
import static fr.essor.funding.aaa.domain.ApplicationStatus.SUBMITTED;
import static fr.essor.funding.aaa.domain.ApplicationStatus.TERRITORY_OPINION_REQUESTED;
import static fr.essor.funding.aaa.domain.ApplicationStatus.UNDER_REVIEW;

/**
 * The steps of the instruction workflow, as a transition table: from which states each step may be taken and where it
 * leads. Receiving a correction leads back to the state the correction was asked from. The steps that decide (admissibility,
 * vote, agreement, payment) are the pilot's; the review steps are also open to the assigned directorates.
 */
public enum WorkflowAction {

    DECLARE_ADMISSIBLE("déclarer recevable", EnumSet.of(SUBMITTED), ADMISSIBLE, true, false),
    DECLARE_INADMISSIBLE("déclarer irrecevable", EnumSet.of(SUBMITTED), INADMISSIBLE, true, true),
    START_REVIEW("mettre en instruction", EnumSet.of(ADMISSIBLE), UNDER_REVIEW, false, false),
    REQUEST_CORRECTION("demander une correction", EnumSet.of(SUBMITTED, UNDER_REVIEW), CORRECTION_REQUESTED, false,
            true),
    RECEIVE_CORRECTION("enregistrer la correction", EnumSet.of(CORRECTION_REQUESTED), null, false, false),
    REQUEST_TERRITORY_OPINION("demander l'avis de l'EPT", EnumSet.of(UNDER_REVIEW), TERRITORY_OPINION_REQUESTED,
            false, false),
    PROPOSE_FOR_VOTE("proposer au vote", EnumSet.of(TERRITORY_OPINION_REQUESTED), PROPOSED_FOR_VOTE, false, false),
    GRANT("enregistrer le vote d'attribution", EnumSet.of(PROPOSED_FOR_VOTE), GRANTED, true, true),
    REFUSE("enregistrer le vote de refus", EnumSet.of(PROPOSED_FOR_VOTE), REFUSED, true, true),
    SIGN_AGREEMENT("enregistrer la convention signée", EnumSet.of(GRANTED), AGREEMENT_SIGNED, true, false),
    START_PAYMENT("mettre en paiement", EnumSet.of(AGREEMENT_SIGNED), IN_PAYMENT, true, false),
    SETTLE("solder", EnumSet.of(IN_PAYMENT), SETTLED, true, false);

    private final String label;
    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;
    private final boolean pilotOnly;
    private final boolean reasonRequired;

    WorkflowAction(String label, Set<ApplicationStatus> from, ApplicationStatus to, boolean pilotOnly,
                   boolean reasonRequired) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.pilotOnly = pilotOnly;
        this.reasonRequired = reasonRequired;
    }

    /** The French verb phrase, e.g. « déclarer recevable ». */
    public String label() {
        return label;
    }

    public boolean isAllowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /** The state this step leads to; empty for {@link #RECEIVE_CORRECTION}, which goes back where it came from. */
    public Optional<ApplicationStatus> target() {
        return Optional.ofNullable(to);
    }

    /** Only the DMTA (pilot of the call) and administrators take this step. */
    public boolean pilotOnly() {
        return pilotOnly;
    }

    /** The step must say why (refusals, corrections, votes). */
    public boolean reasonRequired() {
        return reasonRequired;
    }

    /**
     * Where the step is recorded: the votes in a voting session (its closing applies them), the agreement and the
     * payments in the grant file; every other step on the application itself.
     */
    public RecordedThrough recordedThrough() {
        return switch (this) {
            case GRANT, REFUSE -> RecordedThrough.VOTING_SESSION;
            case SIGN_AGREEMENT, START_PAYMENT, SETTLE -> RecordedThrough.GRANT_FILE;
            default -> RecordedThrough.INSTRUCTION;
        };
    }

    /** Which part of the service takes a step: the instruction, a voting session or the grant file. */
    public enum RecordedThrough {
        INSTRUCTION("L'étape s'enregistre sur la candidature, dans son instruction."),
        VOTING_SESSION("Le vote s'enregistre dans une séance de vote (Séances de vote), puis s'applique à la clôture "
                + "de la séance."),
        GRANT_FILE("La convention et les versements s'enregistrent dans le dossier de subvention.");

        private final String whereRecorded;

        RecordedThrough(String whereRecorded) {
            this.whereRecorded = whereRecorded;
        }

        /** Where a step recorded through this part is to be taken, in French, for one asked elsewhere. */
        public String whereRecorded() {
            return whereRecorded;
        }
    }

    /** The steps that may be taken from a state, in workflow order. */
    public static Set<WorkflowAction> availableFrom(ApplicationStatus status) {
        Set<WorkflowAction> available = EnumSet.noneOf(WorkflowAction.class);
        for (WorkflowAction action : values()) {
            if (action.isAllowedFrom(status)) {
                available.add(action);
            }
        }
        return available;
    }

    public static Optional<WorkflowAction> fromCode(String code) {
        for (WorkflowAction action : values()) {
            if (action.name().equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
