package fr.essor.foncier.hub.application;

import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.Occupancy;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceDetails;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.premises.application.ReferenceNumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hub managers' catalogue: buildings, spaces, and the occupancy of the day. */
public class HubCatalogue {

    private final Buildings buildings;
    private final Spaces spaces;
    private final ReferenceNumbers references;
    private final Clock clock;

    public HubCatalogue(Buildings buildings, Spaces spaces, ReferenceNumbers references, Clock clock) {
        this.buildings = buildings;
        this.spaces = spaces;
        this.references = references;
        this.clock = clock;
    }

    /** A new space in a building; its id reads {@code IRD-B04-003}. */
    public HubOutcome<Space> createSpace(String buildingCode, SpaceDetails details, String agent) {
        if (buildingCode == null || buildings.find(buildingCode).isEmpty()) {
            return HubOutcome.rejected("buildingCode", "buildingCode.unknown",
                    "Choisissez un des 17 bâtiments du pôle (B01 à B17).");
        }
        List<Violation> refusals = details.check();
        if (!refusals.isEmpty()) {
            return new HubOutcome.Rejected<>(refusals);
        }
        String series = "IRD-" + buildingCode;
        Space space = Space.create(series + "-" + String.format("%03d", references.next(series)), buildingCode,
                details, agent, clock.instant());
        spaces.add(space);
        return new HubOutcome.Done<>(space);
    }

    /** The hub managers describe a building (the seed only has placeholders); each change is kept with who and when. */
    public HubOutcome<Building> editBuilding(String code, String name, Integer surface, Integer floors,
                                             String accessibility, String notes, String agent) {
        Optional<Building> found = buildings.find(code);
        if (found.isEmpty()) {
            return new HubOutcome.Unknown<>(code);
        }
        return switch (found.get().edit(name, surface, floors, accessibility, notes, agent, clock.instant())) {
            case Building.Refused refused -> new HubOutcome.Rejected<>(refused.refusals());
            case Building.Edited edited -> {
                if (edited.changed()) {
                    buildings.save(edited.building(), found.get().version());
                }
                yield new HubOutcome.Done<>(edited.building());
            }
        };
    }

    /** The hub managers describe a space anew; its allocations stay and the change is kept in its history. */
    public HubOutcome<Space> describeSpace(String spaceId, SpaceDetails details, String agent) {
        Optional<Space> found = spaces.find(spaceId);
        if (found.isEmpty()) {
            return new HubOutcome.Unknown<>(spaceId);
        }
        List<Violation> refusals = details.check();
        if (!refusals.isEmpty()) {
            return new HubOutcome.Rejected<>(refusals);
        }
        Space described = found.get().describe(details, agent, clock.instant());
        if (described != found.get()) {
            spaces.save(described, found.get().version(), List.of());
        }
        return new HubOutcome.Done<>(described);
    }

    public Optional<Building> building(String code) {
        return buildings.find(code);
    }

    public Optional<Space> space(String id) {
        return spaces.find(id);
    }

    public List<Building> buildings() {
        return buildings.all();
    }

    public List<Space> spaces() {
        return spaces.all();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    /** The occupancy of the day: overall, per building and per type. */
    public Report occupancy() {
        List<Space> all = spaces.all();
        LocalDate today = today();
        return new Report(today, Occupancy.overall(all, today), Occupancy.byBuilding(all, today),
                Occupancy.byType(all, today));
    }

    public record Report(LocalDate day, Occupancy overall, Map<String, Occupancy> byBuilding,
                         Map<String, Occupancy> byType) {
    }
}
