package fr.essor.roadmap.plan.domain;

import java.util.Optional;

/** Where an action stands; the API uses the codes, people the French labels. */
public enum ActionStatus {

    PLANNED("À venir"),
    IN_PROGRESS("En cours"),
    DONE("Réalisé"),
    PAUSED("En pause"),
    ABANDONED("Abandonné"),
    BLOCKED("Bloqué"),
    LATE("En retard");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finished one way or the other: neither late nor counted as work to do. */
    public boolean isClosed() {
        return this == DONE || this == ABANDONED;
    }

    public static Optional<ActionStatus> fromCode(String code) {
        for (ActionStatus status : values()) {
            if (status.name().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
