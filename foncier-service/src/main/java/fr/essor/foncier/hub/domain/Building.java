package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A building of the hub (ex-IRD site, Bondy), as the hub managers describe it, with the history of their edits.
 *
 * @param description  the managers' notes on the building
 * @param surface      useful surface in m², 0 while unknown
 * @param floors       number of levels, 0 while unknown
 * @param placeholder  true while the hub managers have not described it: the seed only says 17 buildings
 */
public record Building(String code, String name, String description, boolean placeholder, int surface, int floors,
                       String accessibility, List<Change> history, long version) {

    public static final int COUNT = 17;
    /** The longest accessibility and notes texts. */
    public static final int TEXT_MAX = 2000;
    /** The longest building code a request may name (the known ones are far shorter: B04). */
    public static final int MAX_CODE = 20;

    public Building {
        history = history == null ? List.of() : List.copyOf(history);
        version = Math.max(1, version);
    }

    public Building(String code, String name, String description, boolean placeholder) {
        this(code, name, description, placeholder, 0, 0, null, List.of(), 1);
    }

    public sealed interface Outcome permits Edited, Refused {
    }

    /** The building after the edit; {@code changed} is false when nothing differed (nothing is written). */
    public record Edited(Building building, boolean changed) implements Outcome {
    }

    public record Refused(List<Violation> refusals) implements Outcome {
        public Refused {
            refusals = List.copyOf(refusals);
        }
    }

    /** Replaces what the building is; the code stays. Every real change is kept in the history with who and when. */
    public Outcome edit(String newName, Integer newSurface, Integer newFloors, String newAccessibility,
                        String newNotes, String by, Instant at) {
        List<Violation> refusals = new ArrayList<>();
        String cleanName = clean(newName);
        if (cleanName == null) {
            refusals.add(new Violation("name", "name.required", "Nommez le bâtiment (200 caractères au plus)."));
        }
        fr.essor.kit.domain.InputBounds.text("name", cleanName, 200).ifPresent(refusals::add);
        if (newSurface == null || newSurface < 1 || newSurface > 10_000) {
            refusals.add(new Violation("surface", "surface.range",
                    "La surface utile s'exprime en m², de 1 à 10 000."));
        }
        if (newFloors == null || newFloors < 1 || newFloors > 20) {
            refusals.add(new Violation("floors", "floors.range", "Indiquez le nombre de niveaux, de 1 à 20."));
        }
        if (newAccessibility != null && newAccessibility.length() > TEXT_MAX) {
            refusals.add(new Violation("accessibility", "accessibility.tooLong",
                    "L'accessibilité se décrit en " + TEXT_MAX + " caractères au plus."));
        }
        if (newNotes != null && newNotes.length() > TEXT_MAX) {
            refusals.add(new Violation("notes", "notes.tooLong",
                    "Les notes tiennent en " + TEXT_MAX + " caractères au plus."));
        }
        if (!refusals.isEmpty()) {
            return new Refused(refusals);
        }
        List<String> changed = new ArrayList<>();
        if (!cleanName.equals(name)) {
            changed.add("nom « " + cleanName + " »");
        }
        if (newSurface != surface) {
            changed.add("surface " + newSurface + " m²");
        }
        if (newFloors != floors) {
            changed.add(newFloors + " niveau" + (newFloors > 1 ? "x" : ""));
        }
        if (!Objects.equals(clean(newAccessibility), accessibility)) {
            changed.add("accessibilité");
        }
        if (!Objects.equals(clean(newNotes), placeholder ? null : description)) {
            changed.add("notes");
        }
        if (changed.isEmpty() && !placeholder) {
            return new Edited(this, false);
        }
        List<Change> more = new ArrayList<>(history);
        more.add(new Change(at, by, "Fiche modifiée : " + (changed.isEmpty() ? "confirmée"
                : String.join(", ", changed))));
        return new Edited(new Building(code, cleanName, clean(newNotes), false, newSurface, newFloors,
                clean(newAccessibility), more, version + 1), true);
    }

    /**
     * The reference catalogue: the seed gives 17 buildings and 10 000 m² of useful surface, no per-building detail,
     * so each building starts as a clearly labelled placeholder that the hub managers rename and describe.
     */
    public static List<Building> referenceCatalogue() {
        return IntStream.rangeClosed(1, COUNT).mapToObj(n -> new Building(String.format("B%02d", n),
                "Bâtiment " + n, "Fiche à compléter par les gestionnaires du pôle (nom, usages, accès).", true))
                .toList();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
