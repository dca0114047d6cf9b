package fr.essor.foncier.intermediation.domain;

import java.util.Optional;

/** The partners of the intermediation cell, one or more of which follow an intermediation. */
public enum Partner {

    REVES_DE_SCENE_URBAINE("Rêves de scène urbaine"),
    SURFACE_UTILE("Surface+utile"),
    FOL93("FOL 93"),
    INSER_ECO("Inser'éco 93"),
    FRANCE_ACTIVE("France Active Métropole");

    private final String label;

    Partner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Partner> parse(String value) {
        return Names.parse(Partner.class, value);
    }
}
