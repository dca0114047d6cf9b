package fr.essor.roadmap.plan.domain;

import java.util.Optional;

/** A directorate of the Département that may lead or co-lead roadmap actions. */
public enum Directorate {

    DIEESS("DIEESS", "Direction de l'insertion, de l'emploi et de l'économie sociale et solidaire"),
    DJVA("DJVA", "Délégation jeunesse et vie associative"),
    DTER("DTER", "Délégation à la transition écologique et à la résilience"),
    DMTA("DMTA", "Délégation marketing, tourisme et attractivité"),
    DPAS("DPAS", "Direction de la prévention et de l'action sociale"),
    ACHATS("Commande publique", "Direction de la commande publique (achats)");

    private final String shortLabel;
    private final String label;

    Directorate(String shortLabel, String label) {
        this.shortLabel = shortLabel;
        this.label = label;
    }

    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    public static Optional<Directorate> fromCode(String code) {
        for (Directorate directorate : values()) {
            if (directorate.name().equals(code)) {
                return Optional.of(directorate);
            }
        }
        return Optional.empty();
    }
}
