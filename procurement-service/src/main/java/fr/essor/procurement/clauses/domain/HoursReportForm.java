package fr.essor.procurement.clauses.domain;

import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report of insertion hours as typed in, before any check: the period ({@code 2026-10}, {@code 2026-Q3}…), and per
 * public (by its key, e.g. {@code rsaRecipients}) the hours done and how many people did them.
 */
public record HoursReportForm(String period, Map<String, BigDecimal> hours, Map<String, Integer> people) {

    /** Hours above this, for one public in one period, are surely a typing error (about 60 full-time people). */
    static final BigDecimal MAX_HOURS = new BigDecimal("100000");

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(ReportingPeriod period, List<PublicCount> counts) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    public Checked check() {
        List<Violation> violations = new ArrayList<>();
        Optional<ReportingPeriod> parsed = ReportingPeriod.parse(period);
        if (period == null || period.isBlank()) {
            violations.add(new Violation("period", "period.required",
                    "Indiquez la période : un mois (2026-10) ou un trimestre (2026-T3)."));
        } else if (parsed.isEmpty()) {
            violations.add(new Violation("period", "period.format",
                    "La période est un mois (2026-10 ou 10/2026) ou un trimestre (2026-T3 ou T3 2026)."));
        }
        Map<String, BigDecimal> hoursByKey = hours == null ? Map.of() : hours;
        Map<String, Integer> peopleByKey = people == null ? Map.of() : people;
        for (String key : hoursByKey.keySet()) {
            if (InsertionPublic.ofKey(key).isEmpty()) {
                violations.add(new Violation("hours." + key, "public.unknown", "Public inconnu : " + key + "."));
            }
        }
        for (String key : peopleByKey.keySet()) {
            if (InsertionPublic.ofKey(key).isEmpty()) {
                violations.add(new Violation("people." + key, "public.unknown", "Public inconnu : " + key + "."));
            }
        }
        if (hoursByKey.values().stream().allMatch(h -> h == null)) {
            violations.add(new Violation("hours", "hours.required",
                    "Indiquez les heures réalisées pour au moins un public (0 s'il n'y en a pas eu)."));
        }
        Map<InsertionPublic, PublicCount> counts = new EnumMap<>(InsertionPublic.class);
        for (InsertionPublic p : InsertionPublic.values()) {
            BigDecimal h = hoursByKey.get(p.key());
            Integer n = peopleByKey.get(p.key());
            boolean valid = true;
            if (h != null && h.signum() < 0) {
                violations.add(new Violation("hours." + p.key(), "hours.negative",
                        "Les heures ne peuvent pas être négatives (" + p.label() + ")."));
                valid = false;
            } else if (h != null && h.stripTrailingZeros().scale() > 2) {
                violations.add(new Violation("hours." + p.key(), "hours.scale",
                        "Les heures ont au plus 2 décimales (" + p.label() + ")."));
                valid = false;
            } else if (h != null && h.compareTo(MAX_HOURS) > 0) {
                violations.add(new Violation("hours." + p.key(), "hours.tooMany",
                        "Plus de 100 000 heures pour un public sur une période : vérifiez la saisie ("
                                + p.label() + ")."));
                valid = false;
            }
            if (n != null && n < 0) {
                violations.add(new Violation("people." + p.key(), "people.negative",
                        "Le nombre de personnes ne peut pas être négatif (" + p.label() + ")."));
                valid = false;
            }
            if (valid && (h != null || n != null)) {
                counts.put(p, new PublicCount(p, n == null ? 0 : n,
                        (h == null ? BigDecimal.ZERO : h).setScale(2, java.math.RoundingMode.UNNECESSARY)));
            }
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(parsed.orElseThrow(), List.copyOf(counts.values()));
    }
}
