package fr.essor.roadmap.indicators.domain;

/** How often an indicator is measured. */
public enum Periodicity {
    YEARLY("Annuelle"),
    QUARTERLY("Trimestrielle"),
    CONTINUOUS("Au fil de l'eau");

    private final String label;

    Periodicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
