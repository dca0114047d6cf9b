package fr.essor.foncier.hub.domain;

import java.util.List;

/** What a space is: its name, surface (m²), floor, use, equipment and accessibility. */
public record SpaceDetails(String name, int surface, String floor, SpaceType type, List<String> equipment,
                           boolean accessible) {

    public SpaceDetails {
        equipment = List.copyOf(equipment);
    }
}
