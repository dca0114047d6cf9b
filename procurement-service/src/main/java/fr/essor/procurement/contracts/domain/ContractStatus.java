package fr.essor.procurement.contracts.domain;

/** Where a contract stands: open for tenders until it is awarded. */
public enum ContractStatus {
    OPEN("En consultation"),
    AWARDED("Attribué");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
