package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.domain.Allocation;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.Change;
import fr.essor.foncier.hub.domain.Occupancy;
import fr.essor.foncier.hub.domain.OccupancyApplication;
import fr.essor.foncier.hub.domain.Project;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.ui.FrenchFormat;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the hub pages write in French: occupancy lines, rows, options, field errors. */
final class HubText {

    private HubText() {
    }

    /** One line of an occupancy table. */
    record Rate(String label, String surface, String occupied, String rate, String spaces) {

        static Rate of(String label, Occupancy o) {
            return new Rate(label, FrenchFormat.number(java.math.BigDecimal.valueOf(o.surface()), "#,##0") + " m²",
                    FrenchFormat.number(java.math.BigDecimal.valueOf(o.occupiedSurface()), "#,##0") + " m²",
                    FrenchFormat.number(o.rate(), "#,##0.##") + " %", o.occupiedSpaces() + " sur " + o.spaces());
        }
    }

    record Option(String value, String label) {
    }

    static List<Option> types() {
        return java.util.Arrays.stream(SpaceType.values()).map(t -> new Option(t.name(), t.label())).toList();
    }

    static Map<String, String> errors(List<Violation> refusals) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusals.forEach(r -> errors.merge(r.field(), r.message(), (a, b) -> a + " " + b));
        return errors;
    }

    static Integer integer(String field, String value, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim().replace("\u00a0", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            refusals.add(new Violation(field, field + ".format", "Nombre entier attendu : « " + value + " »."));
            return null;
        }
    }

    record SpaceRow(String id, String building, String name, String surface, String floor, String type,
                    String equipment, String accessible, String occupant) {
    }

    record AllocationRow(String id, String organisation, String application, String period, String vacated,
                         boolean ongoing, String agreement, boolean drafted, boolean signed) {
    }

    record ApplicationRow(String id, String organisation, String project, String use, String wished,
                          String start, String duration, String contribution, String cooperative, String status,
                          String statusCode, String note) {
    }

    record ChangeRow(String when, String by, String what) {
    }

    static ChangeRow change(Change c) {
        return new ChangeRow(FrenchFormat.dateTime(c.at()), c.by(), c.what());
    }

    static Map<String, String> buildingNames(List<Building> buildings) {
        return buildings.stream().collect(Collectors.toMap(Building::code, Building::name));
    }

    static SpaceRow row(Space s, LocalDate day, Map<String, String> buildingNames) {
        var d = s.details();
        return new SpaceRow(s.id(), s.buildingCode() + " — " + buildingNames.getOrDefault(s.buildingCode(), ""),
                d.name(), d.surface() + " m²", d.floor() == null ? "" : d.floor(), d.type().label(),
                String.join(", ", d.equipment()), d.accessible() ? "Accessible PMR" : "Non accessible PMR",
                s.occupantOn(day).map(a -> a.organisationName() + (a.planned().end() == null ? ""
                        : " jusqu'au " + FrenchFormat.date(a.effective().end()))).orElse("Libre"));
    }

    static AllocationRow row(Allocation a) {
        return new AllocationRow(a.id(), a.organisationName() + " (" + a.organisationId() + ")", a.applicationId(),
                "du " + FrenchFormat.date(a.planned().start()) + (a.planned().end() == null ? ", sans date de fin"
                        : " au " + FrenchFormat.date(a.planned().end())),
                a.vacated() ? "Libéré le " + FrenchFormat.date(a.vacatedOn()) + " (" + a.vacatedBy() + ")" : "",
                !a.vacated(), OccupancyAgreementPdf.status(a), a.agreement() != null,
                a.agreement() != null && a.agreement().signed());
    }

    static ApplicationRow row(OccupancyApplication a) {
        Project p = a.project();
        return new ApplicationRow(a.id(), a.organisationName() + " (" + a.organisationId() + ")", p.title(),
                p.intendedUse(), p.wishedSurface() + " m² " + p.wishedType().label().toLowerCase(Locale.FRENCH),
                FrenchFormat.date(p.startDate()), p.durationMonths() + " mois", p.contribution(),
                p.joinsCooperative() ? "Oui" : "Non", a.status().label(), a.status().name(),
                a.decisionNote() == null ? "" : a.decisionNote());
    }

    static Option option(OccupancyApplication a, String suffix) {
        return new Option(a.id(), a.id() + " — " + a.organisationName() + ", " + a.project().wishedSurface()
                + " m² " + a.project().wishedType().label().toLowerCase(Locale.FRENCH) + " — "
                + a.status().label() + suffix);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Rien au pôle sous cette référence.");
    }
}
