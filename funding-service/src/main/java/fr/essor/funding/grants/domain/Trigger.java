package fr.essor.funding.grants.domain;

/** What releases an instalment: the signed agreement, the annual report (two-year grants), the final report. */
public enum Trigger {

    SIGNATURE("à la signature de la convention"),
    ANNUAL_REPORT("à la réception du compte rendu annuel"),
    FINAL_REPORT("à la réception du compte rendu final");

    private final String label;

    Trigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
