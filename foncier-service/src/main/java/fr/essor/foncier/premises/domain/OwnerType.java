package fr.essor.foncier.premises.domain;

import java.util.Optional;

/** Who offers premises. */
public enum OwnerType {

    SOCIAL_LANDLORD("Bailleur social"),
    EPT("Établissement public territorial (EPT)"),
    COMMUNE("Commune"),
    DEPARTEMENT("Département (locaux sous-utilisés)"),
    PRIVATE_OWNER("Propriétaire privé");

    private final String label;

    OwnerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<OwnerType> parse(String value) {
        return Labelled.parse(OwnerType.class, value);
    }
}
