package fr.essor.roadmap.indicators.domain;

/** Whether an indicator's values are typed in by the SENS or computed from the other services' facts. */
public enum IndicatorKind {
    MANUAL("Saisi"),
    COMPUTED("Calculé à partir des événements");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
