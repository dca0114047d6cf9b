package fr.essor.funding.cpo.domain;

/** Where a CPO stands; the API uses the codes, people the French labels. */
public enum CpoStatus {

    TO_SIGN("À signer"),
    RUNNING("En cours"),
    SUSPENDED("Suspendue (bilan défavorable)"),
    SETTLED("Soldée");

    private final String label;

    CpoStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
