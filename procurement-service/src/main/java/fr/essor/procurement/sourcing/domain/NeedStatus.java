package fr.essor.procurement.sourcing.domain;

/** Where a sourcing need stands. */
public enum NeedStatus {
    OPEN("Ouvert"),
    AWARDED("Marché attribué"),
    NOT_AWARDED("Sans suite");

    private final String label;

    NeedStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
