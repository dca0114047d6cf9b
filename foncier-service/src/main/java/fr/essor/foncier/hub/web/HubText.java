package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.domain.Occupancy;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.ui.FrenchFormat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the hub pages write in French: occupancy lines, labels, field errors. */
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
}
