package fr.essor.procurement.spaser.domain;

import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The targets the DIEESS sets for the SPASER indicators of one year of the scheme (2024 to 2028). The roadmap's seed
 * states no figure: every target is empty until someone sets it, and the pages say so. Every change says who made it
 * and when.
 */
public final class YearTargets {

    public static final int FIRST_YEAR = 2024;
    public static final int LAST_YEAR = 2028;

    private final int year;
    private final Map<SpaserIndicator, BigDecimal> targets;
    private final long version;
    private final Instant updatedAt;
    private final String updatedBy;

    public YearTargets(int year, Map<SpaserIndicator, BigDecimal> targets, long version, Instant updatedAt,
                       String updatedBy) {
        this.year = year;
        this.targets = targets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(targets));
        this.version = version;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /** A year without any target yet (version 0: not stored). */
    public static YearTargets none(int year) {
        return new YearTargets(year, Map.of(), 0, null, null);
    }

    public static boolean inScheme(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public sealed interface ChangeOutcome permits Changed, ChangeRefused {
    }

    public record Changed(YearTargets targets) implements ChangeOutcome {
    }

    public record ChangeRefused(List<Violation> violations) implements ChangeOutcome {
    }

    /**
     * Sets the targets given, by indicator code; a {@code null} value clears a target; indicators not given keep
     * theirs.
     */
    public ChangeOutcome change(Map<String, BigDecimal> given, String by, Instant at) {
        Objects.requireNonNull(given, "given");
        List<Violation> violations = new ArrayList<>();
        if (!inScheme(year)) {
            violations.add(new Violation("year", "year.outsideScheme", "Le SPASER couvre les années "
                    + FIRST_YEAR + " à " + LAST_YEAR + " : pas d'objectif pour " + year + "."));
        }
        if (given.isEmpty()) {
            violations.add(new Violation("targets", "targets.required", "Indiquez au moins un objectif."));
        }
        Map<SpaserIndicator, BigDecimal> next = new EnumMap<>(SpaserIndicator.class);
        next.putAll(targets);
        given.forEach((code, value) -> {
            Optional<SpaserIndicator> indicator = SpaserIndicator.parse(code);
            if (indicator.isEmpty()) {
                violations.add(new Violation("targets." + code, "targets.unknownIndicator",
                        "« " + code + " » n'est pas un indicateur du SPASER."));
                return;
            }
            SpaserIndicator i = indicator.get();
            if (value == null) {
                next.remove(i);
                return;
            }
            refusal(i, value).ifPresentOrElse(violations::add, () -> next.put(i, value.stripTrailingZeros()
                    .setScale(Math.max(0, Math.min(i.unit().scale(), value.stripTrailingZeros().scale())))));
        });
        if (!violations.isEmpty()) {
            return new ChangeRefused(List.copyOf(violations));
        }
        return new Changed(new YearTargets(year, next, version + 1, at, by));
    }

    private static Optional<Violation> refusal(SpaserIndicator indicator, BigDecimal value) {
        String field = "targets." + indicator.name();
        if (value.signum() < 0) {
            return Optional.of(new Violation(field, "target.negative",
                    "L'objectif ne peut pas être négatif (" + indicator.label() + ")."));
        }
        if (value.stripTrailingZeros().scale() > indicator.unit().scale()) {
            return Optional.of(new Violation(field, "target.scale", indicator.unit().scale() == 0
                    ? "L'objectif est un nombre entier de marchés (" + indicator.label() + ")."
                    : "L'objectif a au plus " + indicator.unit().scale()
                            + (indicator.unit().scale() == 1 ? " décimale (" : " décimales (") + indicator.label()
                    + ")."));
        }
        if (indicator.unit() == IndicatorUnit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.of(new Violation(field, "target.percent",
                    "Une part est comprise entre 0 et 100 % (" + indicator.label() + ")."));
        }
        return Optional.empty();
    }

    /** The target of an indicator, empty when none is set. */
    public Optional<BigDecimal> target(SpaserIndicator indicator) {
        return Optional.ofNullable(targets.get(indicator));
    }

    public int year() {
        return year;
    }

    public Map<SpaserIndicator, BigDecimal> targets() {
        return targets;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
