package fr.essor.foncier.hub.domain;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A building of the hub (ex-IRD site, Bondy).
 *
 * @param placeholder true while the hub managers have not described it: the seed only says 17 buildings
 */
public record Building(String code, String name, String description, boolean placeholder) {

    public static final int COUNT = 17;

    /**
     * The reference catalogue: the seed gives 17 buildings and 10 000 m² of useful surface, no per-building detail,
     * so each building starts as a clearly labelled placeholder that the hub managers rename and describe.
     */
    public static List<Building> referenceCatalogue() {
        return IntStream.rangeClosed(1, COUNT).mapToObj(n -> new Building(String.format("B%02d", n),
                "Bâtiment " + n, "Fiche à compléter par les gestionnaires du pôle (nom, usages, accès).", true))
                .toList();
    }
}
