package fr.essor.foncier.hub.application;

import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.Occupancy;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceDetails;
import fr.essor.foncier.hub.domain.Refusal;
import fr.essor.foncier.premises.application.ReferenceNumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<Refusal> refusals = new ArrayList<>();
        if (details.name() == null || details.name().isBlank() || details.name().length() > 200) {
            refusals.add(new Refusal("name", "name.required", "Nommez l'espace (200 caractères au plus)."));
        }
        if (details.surface() < 1 || details.surface() > 10_000) {
            refusals.add(new Refusal("surface", "surface.range", "La surface s'exprime en m², de 1 à 10 000."));
        }
        if (details.type() == null) {
            refusals.add(new Refusal("type", "type.required",
                    "Choisissez le type d'espace : tertiaire, productif, convivial ou créatif."));
        }
        if (!refusals.isEmpty()) {
            return new HubOutcome.Rejected<>(refusals);
        }
        String series = "IRD-" + buildingCode;
        Space space = Space.create(series + "-" + String.format("%03d", references.next(series)), buildingCode,
                details, agent, clock.instant());
        spaces.add(space);
        return new HubOutcome.Done<>(space);
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
