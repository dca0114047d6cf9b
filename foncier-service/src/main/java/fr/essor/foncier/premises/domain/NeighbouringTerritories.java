package fr.essor.foncier.premises.domain;

import java.util.Map;
import java.util.Set;

/**
 * Which EPTs of Seine-Saint-Denis touch each other: two EPTs are neighbours when a commune of one shares a border
 * with a commune of the other (e.g. Aubervilliers–Pantin for T6–T8, Drancy–Bobigny for T7–T8, Aulnay-sous-Bois–
 * Livry-Gargan for T7–T9, Montreuil–Rosny-sous-Bois for T8–T9, La Courneuve–Le Bourget for T6–T7). Plaine Commune (T6)
 * and Grand Paris Grand Est (T9) share no border.
 */
public final class NeighbouringTerritories {

    private static final Map<String, Set<String>> NEIGHBOURS = Map.of(
            "T6", Set.of("T7", "T8"),
            "T7", Set.of("T6", "T8", "T9"),
            "T8", Set.of("T6", "T7", "T9"),
            "T9", Set.of("T7", "T8"));

    private NeighbouringTerritories() {
    }

    public static boolean areNeighbours(String territoryCode, String otherCode) {
        return NEIGHBOURS.getOrDefault(territoryCode, Set.of()).contains(otherCode);
    }
}
