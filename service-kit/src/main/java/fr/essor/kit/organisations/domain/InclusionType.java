package fr.essor.kit.organisations.domain;

import java.util.Arrays;
import java.util.Optional;

/** Inclusive employers: the SIAE kinds (ACI, AI, EI, ETTI, EITI), adapted companies (EA) and ESAT. */
public enum InclusionType {
    ACI("Atelier et chantier d'insertion"),
    AI("Association intermédiaire"),
    EI("Entreprise d'insertion"),
    ETTI("Entreprise de travail temporaire d'insertion"),
    EITI("Entreprise d'insertion par le travail indépendant"),
    EA("Entreprise adaptée"),
    ESAT("Établissement et service d'aide par le travail");

    private final String label;

    InclusionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<InclusionType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalized = value.trim().toUpperCase();
        return Arrays.stream(values()).filter(type -> type.name().equals(normalized)).findFirst();
    }
}
