package fr.essor.funding.portal.domain;

/** Where the link between an applicant's account and an organisation stands. */
public enum LinkStatus {
    REQUESTED("En attente de confirmation par le Département"),
    CONFIRMED("Confirmé"),
    REFUSED("Refusé");

    private final String label;

    LinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
