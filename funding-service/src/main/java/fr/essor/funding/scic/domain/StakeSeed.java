package fr.essor.funding.scic.domain;

import java.util.List;

/**
 * A stake the roadmap says the Département holds, as reference data: only what the roadmap states. Its figures
 * (capital, shares, dates, deliberation) are not in the roadmap: they stay unknown until an agent records them.
 */
public record StakeSeed(String stakeId, String scicName, String description) {

    private static final String SOURCE = "Citée par la feuille de route ESS 2024-2028 (encart « le département et les "
            + "SCIC aujourd'hui ») parmi les 6 SCIC au capital desquelles le Département est présent ; la première "
            + "prise de participation date de 2018-2019.";

    /** The six SCICs of the roadmap's inset, in its order. */
    public static List<StakeSeed> currentStakes() {
        return List.of(
                new StakeSeed("SCIC-NOVAEDIA", "Novaedia", SOURCE),
                new StakeSeed("SCIC-LE-RELAIS-RESTAURATION", "Le Relais Restauration", SOURCE),
                new StakeSeed("SCIC-COOP-BIO-IDF", "Coop Bio Île-de-France", SOURCE),
                new StakeSeed("SCIC-MAZE", "MAZE", "Coopérative de VTC. " + SOURCE),
                new StakeSeed("SCIC-PAYSAN-URBAIN", "Paysan urbain", SOURCE),
                new StakeSeed("SCIC-LABEL-GAMELLE", "Label Gamelle", SOURCE));
    }
}
