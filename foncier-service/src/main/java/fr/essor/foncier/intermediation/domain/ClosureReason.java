package fr.essor.foncier.intermediation.domain;

import java.util.Optional;

/** Why an intermediation ended without a lease. */
public enum ClosureReason {

    ORGANISATION_DECLINED("La structure a renoncé"),
    OWNER_DECLINED("Le propriétaire a renoncé"),
    PREMISES_UNSUITABLE("Locaux inadaptés"),
    RENT_TOO_HIGH("Loyer trop élevé"),
    NEED_MET_ELSEWHERE("Besoin satisfait ailleurs"),
    OFFER_GONE("Locaux loués ou retirés"),
    OTHER("Autre raison");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ClosureReason> parse(String value) {
        return Names.parse(ClosureReason.class, value);
    }
}
