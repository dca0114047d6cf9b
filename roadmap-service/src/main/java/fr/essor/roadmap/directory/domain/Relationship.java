package fr.essor.roadmap.directory.domain;

import java.util.Arrays;
import java.util.Optional;

/** In which role a service of the département works with an organisation. */
public enum Relationship {
    APPLICANT("applicant", "Porteur de projet (financements)"),
    SUPPLIER("supplier", "Fournisseur (achats)"),
    PREMISES_SEEKER("premises-seeker", "Recherche de locaux (foncier)");

    private final String code;
    private final String label;

    Relationship(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Relationship> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
