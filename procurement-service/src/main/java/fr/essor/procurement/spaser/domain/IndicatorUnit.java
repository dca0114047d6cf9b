package fr.essor.procurement.spaser.domain;

/** What an indicator counts, and how many decimals its values and targets may have. */
public enum IndicatorUnit {
    PERCENT("%", 1),
    COUNT("marchés", 0),
    EUROS("€ HT", 2),
    HOURS("heures", 2);

    private final String label;
    private final int scale;

    IndicatorUnit(String label, int scale) {
        this.label = label;
        this.scale = scale;
    }

    public String label() {
        return label;
    }

    /** The most decimals a value or a target of this unit has. */
    public int scale() {
        return scale;
    }
}
