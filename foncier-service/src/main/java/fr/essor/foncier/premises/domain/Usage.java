package fr.essor.foncier.premises.domain;

import java.util.Locale;
import java.util.Optional;

/** What premises are used for: a need asks for one or more, an offer allows one or more. */
public enum Usage {

    OFFICES("Bureaux"),
    WORKSHOP("Atelier / production"),
    SHOP("Local d'activité ou commerce"),
    STORAGE("Stockage"),
    THIRD_PLACE("Tiers-lieu"),
    HALL("Salle");

    private final String label;

    Usage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Usage> parse(String value) {
        return Labelled.parse(Usage.class, value);
    }

    static String lowerLabel(Usage usage) {
        return usage.label.toLowerCase(Locale.FRENCH);
    }
}
