package fr.essor.foncier.intermediation.domain;

/** Where an intermediation between a need and an offer stands; a signed lease and a closure are final. */
public enum Stage {

    PROPOSED("Mise en relation proposée"),
    CONTACT("Prise de contact"),
    VISITS("Visites"),
    NEGOTIATION("Négociation"),
    LEASE_SIGNED("Bail signé"),
    CLOSED("Close");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == LEASE_SIGNED || this == CLOSED;
    }
}
