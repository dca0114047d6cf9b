package fr.essor.procurement.contracts.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a contract (or lot) is reserved, and under which article of the code de la commande publique.
 * <ul>
 * <li>L2113-12: reserved to entreprises adaptées (code du travail L5213-13), ESAT (CASF L344-2) and equivalent
 * structures employing at least 50 % (R2113-7) disabled workers.</li>
 * <li>L2113-13: reserved to structures d'insertion par l'activité économique (code du travail L5132-4: ACI, AI, EI,
 * ETTI, and EITI) employing at least 50 % disadvantaged workers.</li>
 * <li>L2113-15: contracts exclusively for the social and other specific services listed in the code's annex
 * (directive 2014/24/UE art. 77), reserved to ESS companies (art. 1 of loi n° 2014-856) with a public-service
 * mission for those services.</li>
 * </ul>
 */
public enum Reservation {
    NONE("NONE", "Non réservé", "non réservé"),
    L2113_12("L2113-12", "Réservé aux entreprises adaptées et ESAT (L2113-12)",
            "réservé aux entreprises adaptées et ESAT (L2113-12)"),
    L2113_13("L2113-13", "Réservé aux structures d'insertion par l'activité économique (L2113-13)",
            "réservé aux structures d'insertion par l'activité économique (L2113-13)"),
    L2113_15("L2113-15", "Réservé aux entreprises de l'ESS (L2113-15)",
            "réservé aux entreprises de l'ESS (L2113-15)");

    private final String code;
    private final String label;
    private final String inSentence;

    Reservation(String code, String label, String inSentence) {
        this.code = code;
        this.label = label;
        this.inSentence = inSentence;
    }

    /** The code used on the API and the wire: {@code NONE} or the article, e.g. {@code L2113-13}. */
    public String code() {
        return code;
    }

    /** The label on its own (a table cell, a filter): « Réservé aux entreprises de l'ESS (L2113-15) ». */
    public String label() {
        return label;
    }

    /**
     * The label as it reads inside a sentence, after the noun it qualifies: « Marché réservé aux entreprises de l'ESS
     * (L2113-15) ». Written out, not derived from {@link #label()}: lower-casing a label would also lower its acronyms.
     */
    public String inSentence() {
        return inSentence;
    }

    public boolean reserved() {
        return this != NONE;
    }

    /** Accepts the article ({@code L2113-13}) or the constant name ({@code L2113_13}), whatever the case. */
    public static Optional<Reservation> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String normalized = value.trim().toUpperCase().replace('_', '-');
        return Arrays.stream(values()).filter(r -> r.code.equals(normalized)).findFirst();
    }
}
