package fr.essor.foncier.premises.domain;

import fr.essor.kit.domain.Violation;
import java.util.Optional;

/** Where a premises need stands. Only open needs and needs in contact are matched. */
public enum NeedStatus {

    OPEN("Ouvert"),
    IN_CONTACT("En relation"),
    SATISFIED("Satisfait"),
    ABANDONED("Abandonné");

    private final String label;

    NeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == OPEN || this == IN_CONTACT;
    }

    /**
     * What a status sent with a new need says: a need is registered {@link #OPEN}, so none (or OPEN) is the only
     * acceptable one; any other is refused, an unknown one as unknown.
     */
    public static Optional<Violation> atRegistration(String value) {
        if (value == null || value.isBlank() || parse(value).filter(status -> status == OPEN).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(parse(value).isEmpty()
                ? new Violation("status", "status.unknown", "Statut inconnu : Ouvert, En relation, Satisfait ou "
                        + "Abandonné.")
                : new Violation("status", "status.atRegistration", "Un besoin s'enregistre ouvert ; changez son "
                        + "statut une fois enregistré."));
    }

    public static Optional<NeedStatus> parse(String value) {
        return Labelled.parse(NeedStatus.class, value);
    }
}
