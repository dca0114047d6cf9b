package fr.essor.foncier.premises.domain;

import fr.essor.kit.domain.Violation;
import java.util.Optional;

/** Where a premises offer stands. Only available offers are proposed. */
public enum OfferStatus {

    AVAILABLE("Disponible"),
    UNDER_OFFER("En cours d'attribution"),
    LET("Louée"),
    WITHDRAWN("Retirée");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * What a status sent with a new offer says: an offer is published {@link #AVAILABLE}, so none (or AVAILABLE) is
     * the only acceptable one; any other is refused, an unknown one as unknown.
     */
    public static Optional<Violation> atPublication(String value) {
        if (value == null || value.isBlank() || parse(value).filter(status -> status == AVAILABLE).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(parse(value).isEmpty()
                ? new Violation("status", "status.unknown", "Statut inconnu : Disponible, En cours d'attribution, "
                        + "Louée ou Retirée.")
                : new Violation("status", "status.atPublication", "Une offre se publie disponible ; changez son "
                        + "statut une fois publiée."));
    }

    public static Optional<OfferStatus> parse(String value) {
        return Labelled.parse(OfferStatus.class, value);
    }
}
