package fr.essor.roadmap.indicators.domain;

import java.util.List;
import java.util.Map;

/**
 * The reference list of the roadmap's computed indicators and the facts that feed them. Their yearly targets are
 * not in the seed document: the SENS sets them, and reloading this list never overwrites them.
 */
public final class ComputedIndicators {

    public static final String AAA_AMOUNT_AWARDED = "aaa-amount-awarded";
    public static final String AAA_LAUREATES = "aaa-laureates";
    public static final String SCIC_PORTFOLIO = "scic-portfolio";
    public static final String SCIC_CAPITAL_HELD = "scic-capital-held";
    public static final String RESERVED_CONTRACTS_AMOUNT = "reserved-contracts-amount";
    public static final String INSERTION_HOURS_PLANNED = "insertion-hours-planned";
    public static final String INSERTION_HOURS_DONE = "insertion-hours-done";
    public static final String ORGANISATIONS_HOUSED = "organisations-housed";
    public static final String HUB_AREA_ALLOCATED = "hub-area-allocated";
    public static final String HUB_SPACES_OCCUPIED = "hub-spaces-occupied";

    public static final List<IndicatorDefinition> ALL = List.of(
            computed(AAA_AMOUNT_AWARDED, "Montant attribué par l'Appel à Agir",
                    "Somme des subventions votées au titre de l'Appel à Agir « In Seine-Saint-Denis », par édition "
                            + "et par EPT principal du projet.", "EUR", AggregationRule.SUM, true,
                    "funding-service : grant-awarded.v1 (programme AAA)"),
            computed(AAA_LAUREATES, "Lauréats de l'Appel à Agir",
                    "Nombre de structures lauréates de l'édition ; une structure soutenue pour deux projets compte "
                            + "une fois.", "structures", AggregationRule.DISTINCT_COUNT, true,
                    "funding-service : grant-awarded.v1 (programme AAA)"),
            computed(SCIC_PORTFOLIO, "SCIC au capital desquelles le Département participe",
                    "Nombre de SCIC dont le Département détient des parts au 31 décembre de l'année.", "SCIC",
                    AggregationRule.LATEST_STATE_SUM, false,
                    "funding-service : scic-stake-acquired.v1, scic-stake-changed.v1, scic-stake-sold.v1"),
            computed(SCIC_CAPITAL_HELD, "Capital détenu dans les SCIC",
                    "Capital détenu par le Département dans les SCIC au 31 décembre de l'année.", "EUR",
                    AggregationRule.LATEST_STATE_SUM, false,
                    "funding-service : scic-stake-acquired.v1, scic-stake-changed.v1, scic-stake-sold.v1"),
            computed(RESERVED_CONTRACTS_AMOUNT, "Montant des marchés réservés",
                    "Montant HT des marchés attribués dans l'année sous réservation (L2113-12, L2113-13, L2113-15), "
                            + "par EPT d'exécution.", "EUR", AggregationRule.SUM, true,
                    "procurement-service : contract-awarded.v1"),
            computed(INSERTION_HOURS_PLANNED, "Heures d'insertion prévues",
                    "Heures d'insertion prévues par les clauses des marchés attribués dans l'année.", "heures",
                    AggregationRule.SUM, true, "procurement-service : contract-awarded.v1"),
            computed(INSERTION_HOURS_DONE, "Heures d'insertion réalisées",
                    "Heures d'insertion déclarées par les facilitateurs, comptées dans l'année de fin de période.",
                    "heures", AggregationRule.SUM, true, "procurement-service : insertion-hours-reported.v1"),
            computed(ORGANISATIONS_HOUSED, "Structures relogées par la cellule foncière",
                    "Nombre de baux trouvés par la cellule foncière et en cours au 31 décembre de l'année, par EPT "
                            + "des locaux : un bail terminé n'est plus compté.", "structures",
                    AggregationRule.LATEST_STATE_SUM, true, "foncier-service : lease-signed.v1, lease-ended.v1"),
            computed(HUB_AREA_ALLOCATED, "Surface attribuée au pôle d'innovation (ex-IRD)",
                    "Surface des espaces du pôle de Bondy attribués au 31 décembre de l'année.", "m²",
                    AggregationRule.LATEST_STATE_SUM, false,
                    "foncier-service : hub-space-allocated.v1, hub-space-vacated.v1"),
            computed(HUB_SPACES_OCCUPIED, "Espaces occupés au pôle d'innovation (ex-IRD)",
                    "Nombre d'espaces du pôle de Bondy attribués à une structure au 31 décembre de l'année : "
                            + "l'occupation du pôle, un espace libéré n'est plus compté.", "espaces",
                    AggregationRule.LATEST_STATE_SUM, false,
                    "foncier-service : hub-space-allocated.v1, hub-space-vacated.v1"));

    private ComputedIndicators() {
    }

    private static IndicatorDefinition computed(String id, String name, String description, String unit,
                                                AggregationRule rule, boolean byTerritory, String source) {
        return new IndicatorDefinition(id, name, description, unit, Periodicity.CONTINUOUS, IndicatorKind.COMPUTED,
                rule, byTerritory, source, Map.of());
    }
}
