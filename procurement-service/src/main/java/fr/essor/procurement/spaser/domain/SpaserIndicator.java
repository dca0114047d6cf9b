package fr.essor.procurement.spaser.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SPASER indicators, computed from the contracts awarded in a year (the year their award was notified, as the
 * roadmap counts them) and from the insertion hours reported for periods that end in that year. For every indicator,
 * more is better: a target is reached when the value is at least the target.
 */
public enum SpaserIndicator {
    SOCIAL_CONSIDERATION_SHARE(SpaserObjective.SOCIAL_CONSIDERATIONS, IndicatorUnit.PERCENT,
            "Part des marchés attribués avec au moins une considération sociale"),
    ENVIRONMENTAL_CONSIDERATION_SHARE(SpaserObjective.ENVIRONMENTAL_CONSIDERATIONS, IndicatorUnit.PERCENT,
            "Part des marchés attribués avec au moins une considération environnementale"),
    RESERVED_L2113_12_COUNT(SpaserObjective.RESERVED_CONTRACTS, IndicatorUnit.COUNT,
            "Marchés réservés aux EA et ESAT (L2113-12)"),
    RESERVED_L2113_12_AMOUNT(SpaserObjective.RESERVED_CONTRACTS, IndicatorUnit.EUROS,
            "Montant des marchés réservés aux EA et ESAT (L2113-12)"),
    RESERVED_L2113_13_COUNT(SpaserObjective.RESERVED_CONTRACTS, IndicatorUnit.COUNT,
            "Marchés réservés aux SIAE (L2113-13)"),
    RESERVED_L2113_13_AMOUNT(SpaserObjective.RESERVED_CONTRACTS, IndicatorUnit.EUROS,
            "Montant des marchés réservés aux SIAE (L2113-13)"),
    RESERVED_L2113_15_COUNT(SpaserObjective.RESERVED_CONTRACTS, IndicatorUnit.COUNT,
            "Marchés réservés aux entreprises de l'ESS (L2113-15)"),
    RESERVED_L2113_15_AMOUNT(SpaserObjective.RESERVED_CONTRACTS, IndicatorUnit.EUROS,
            "Montant des marchés réservés aux entreprises de l'ESS (L2113-15)"),
    INSERTION_HOURS_PLANNED(SpaserObjective.INSERTION_HOURS, IndicatorUnit.HOURS,
            "Heures d'insertion prévues par les marchés attribués"),
    INSERTION_HOURS_DONE(SpaserObjective.INSERTION_HOURS, IndicatorUnit.HOURS,
            "Heures d'insertion réalisées"),
    ESS_SUPPLIERS_AMOUNT(SpaserObjective.ESS_PURCHASES, IndicatorUnit.EUROS,
            "Montant attribué à des titulaires de l'ESS");

    private final SpaserObjective objective;
    private final IndicatorUnit unit;
    private final String label;

    SpaserIndicator(SpaserObjective objective, IndicatorUnit unit, String label) {
        this.objective = objective;
        this.unit = unit;
        this.label = label;
    }

    public SpaserObjective objective() {
        return objective;
    }

    public IndicatorUnit unit() {
        return unit;
    }

    public String label() {
        return label;
    }

    /** Accepts the constant name, whatever the case. */
    public static Optional<SpaserIndicator> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(i -> i.name().equalsIgnoreCase(value.trim())).findFirst();
    }
}
