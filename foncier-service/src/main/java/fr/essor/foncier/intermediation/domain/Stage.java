package fr.essor.foncier.intermediation.domain;

/** Where an intermediation between a need and an offer stands; a signed lease, its end and a closure are final
 * for the workflow (a signed lease may still be renewed or ended). */
public enum Stage {

    PROPOSED("Mise en relation proposée"),
    CONTACT("Prise de contact"),
    VISITS("Visites"),
    NEGOTIATION("Négociation"),
    LEASE_SIGNED("Bail signé"),
    LEASE_ENDED("Bail terminé"),
    CLOSED("Close");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == LEASE_SIGNED || this == LEASE_ENDED || this == CLOSED;
    }
}
