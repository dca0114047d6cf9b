package fr.essor.funding.aaa.domain;

import java.util.Optional;

/** Where an application stands in its instruction; the API uses the codes, people the French labels. */
public enum ApplicationStatus {

    SUBMITTED("Déposée"),
    ADMISSIBLE("Recevable"),
    INADMISSIBLE("Irrecevable"),
    UNDER_REVIEW("En instruction"),
    CORRECTION_REQUESTED("Correction demandée"),
    TERRITORY_OPINION_REQUESTED("Avis EPT demandé"),
    PROPOSED_FOR_VOTE("Proposée au vote"),
    GRANTED("Votée — accordée"),
    REFUSED("Votée — refusée"),
    AGREEMENT_SIGNED("Conventionnée"),
    IN_PAYMENT("En paiement"),
    SETTLED("Soldée");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Nothing more happens to the application: irrecevable, refused, or paid in full. */
    public boolean isFinal() {
        return this == INADMISSIBLE || this == REFUSED || this == SETTLED;
    }

    public static Optional<ApplicationStatus> fromCode(String code) {
        for (ApplicationStatus status : values()) {
            if (status.name().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
