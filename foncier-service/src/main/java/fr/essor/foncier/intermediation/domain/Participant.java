package fr.essor.foncier.intermediation.domain;

import java.util.Optional;

/** Who took part in a visit, as a role or an organisation: never a named person. */
public enum Participant {

    ORGANISATION("La structure"),
    OWNER("Le propriétaire"),
    CELL("La cellule d'intermédiation"),
    PARTNER("Un partenaire de la cellule"),
    TERRITORY("L'EPT"),
    COMMUNE("La commune");

    private final String label;

    Participant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Participant> parse(String value) {
        return Names.parse(Participant.class, value);
    }
}
