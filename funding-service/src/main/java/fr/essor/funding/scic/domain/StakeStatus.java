package fr.essor.funding.scic.domain;

/** Where a stake stands; the API uses the codes, people the French labels. */
public enum StakeStatus {

    /** Known from the roadmap (reference data) but its figures are not recorded yet: no fact was published. */
    TO_COMPLETE("À compléter"),
    HELD("Détenue"),
    SOLD("Cédée");

    private final String label;

    StakeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
