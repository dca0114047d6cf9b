package fr.essor.foncier.intermediation.domain;

import java.util.Optional;

/** Why a lease ended. */
public enum LeaseEndReason {

    TERM_NOT_RENEWED("Arrivé à échéance, non renouvelé"),
    ORGANISATION_LEFT("Départ de la structure"),
    OWNER_TERMINATED("Congé donné par le propriétaire"),
    MUTUAL_AGREEMENT("Résiliation d'un commun accord"),
    OTHER("Autre raison");

    private final String label;

    LeaseEndReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LeaseEndReason> parse(String value) {
        return Names.parse(LeaseEndReason.class, value);
    }
}
