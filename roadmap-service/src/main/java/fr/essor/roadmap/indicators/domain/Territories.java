package fr.essor.roadmap.indicators.domain;

import java.util.List;
import java.util.Map;

/** The four EPTs of Seine-Saint-Denis, the territories an indicator can be broken down by. */
public final class Territories {

    public static final List<String> CODES = List.of("T6", "T7", "T8", "T9");

    /** Selects the facts tied to no EPT (a contract for the whole département, a SCIC outside it). */
    public static final String UNASSIGNED = "HORS-EPT";

    private static final Map<String, String> NAMES = Map.of("T6", "Plaine Commune", "T7", "Paris Terres d'Envol",
            "T8", "Est Ensemble", "T9", "Grand Paris Grand Est");

    private Territories() {
    }

    public static boolean isKnown(String code) {
        return fr.essor.kit.reference.Territories.find(code).isPresent();
    }

    public static String name(String code) {
        if (code == null) {
            return "Tout le département";
        }
        return UNASSIGNED.equals(code) ? "Non rattaché à un EPT" : NAMES.getOrDefault(code, code);
    }
}
