package fr.essor.funding.portal.domain;

import java.util.Optional;

/** The documents an organisation gives once and every application reuses ("dites-le-nous une fois"). */
public enum DocumentKind {
    STATUTES("Statuts"),
    BUDGET("Budget prévisionnel"),
    BANK_DETAILS("Relevé d'identité bancaire (RIB)"),
    LAST_ACCOUNTS("Derniers comptes approuvés"),
    ACTIVITY_REPORT("Dernier rapport d'activité"),
    FINANCIAL_REPORT("Compte rendu financier d'une subvention");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentKind> fromCode(String code) {
        for (DocumentKind kind : values()) {
            if (kind.name().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
