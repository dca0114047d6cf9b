package fr.essor.foncier.premises.domain;

/** What a match is judged on, with the most points each criterion can give. */
public enum Criterion {

    SURFACE("Surface", 25),
    USAGE("Usages", 0),
    LOCATION("Localisation", 35),
    RENT("Loyer", 20),
    DATES("Dates et durée", 20),
    ACCESS("Accessibilité et ERP", 0),
    STATUS("Statut", 0);

    private final String label;
    private final int maxPoints;

    Criterion(String label, int maxPoints) {
        this.label = label;
        this.maxPoints = maxPoints;
    }

    public String label() {
        return label;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
