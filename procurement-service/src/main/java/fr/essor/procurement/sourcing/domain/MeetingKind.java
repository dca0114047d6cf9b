package fr.essor.procurement.sourcing.domain;

import java.util.Optional;

/** The buyer ↔ ESS supplier meetings the Département holds. */
public enum MeetingKind {
    FABRIQUE_DES_JEUX("Fabrique des Jeux"),
    ASSISES_ACHATS("Assises des achats socialement responsables"),
    OTHER("Autre rencontre acheteurs-fournisseurs");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<MeetingKind> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (MeetingKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
