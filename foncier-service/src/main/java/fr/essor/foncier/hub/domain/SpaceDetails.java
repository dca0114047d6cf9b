package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.Violation;
import java.util.List;

/** What a space is: its name, surface (m²), floor, use, equipment and accessibility. */
public record SpaceDetails(String name, int surface, String floor, SpaceType type, List<String> equipment,
                           boolean accessible) {

    static final int MAX_NAME = 200;
    static final int MAX_FLOOR = 50;

    public SpaceDetails {
        equipment = List.copyOf(equipment);
    }

    /** Every reason these details cannot describe a space; empty when they can. */
    public List<Violation> check() {
        List<Violation> refusals = new java.util.ArrayList<>();
        if (name == null || name.isBlank()) {
            refusals.add(new Violation("name", "name.required", "Nommez l'espace (200 caractères au plus)."));
        }
        fr.essor.kit.domain.InputBounds.text("name", name, MAX_NAME).ifPresent(refusals::add);
        if (surface < 1 || surface > 10_000) {
            refusals.add(new Violation("surface", "surface.range", "La surface s'exprime en m², de 1 à 10 000."));
        }
        fr.essor.kit.domain.InputBounds.text("floor", floor, MAX_FLOOR).ifPresent(refusals::add);
        if (type == null) {
            refusals.add(new Violation("type", "type.required",
                    "Choisissez le type d'espace : tertiaire, productif, convivial ou créatif."));
        }
        return refusals;
    }
}
