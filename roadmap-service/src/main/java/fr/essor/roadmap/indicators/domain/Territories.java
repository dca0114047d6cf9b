package fr.essor.roadmap.indicators.domain;

import fr.essor.kit.reference.Territory;

import java.util.List;

/**
 * The four EPTs of Seine-Saint-Denis, the territories an indicator can be broken down by (from the kit's reference
 * data), and the facts tied to none.
 */
public final class Territories {

    public static final List<String> CODES = fr.essor.kit.reference.Territories.codes();

    /** Selects the facts tied to no EPT (a contract for the whole département, a SCIC outside it). */
    public static final String UNASSIGNED = "HORS-EPT";

    private Territories() {
    }

    public static boolean isKnown(String code) {
        return fr.essor.kit.reference.Territories.isKnown(code);
    }

    public static String name(String code) {
        if (code == null) {
            return "Tout le département";
        }
        return UNASSIGNED.equals(code) ? "Non rattaché à un EPT"
                : fr.essor.kit.reference.Territories.find(code).map(Territory::name).orElse(code);
    }
}
