package fr.essor.funding.aaa.domain;

import java.util.Optional;

/** A directorate that instructs Appel à Agir applications: the DMTA pilots the call, the others co-instruct. */
public enum Directorate {

    DMTA("DMTA"),
    DIEESS("DIEESS"),
    DJVA("DJVA"),
    DTER("DTER");

    private final String label;

    Directorate(String label) {
        this.label = label;
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
