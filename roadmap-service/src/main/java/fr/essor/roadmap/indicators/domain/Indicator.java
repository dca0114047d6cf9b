package fr.essor.roadmap.indicators.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.domain.InputBounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator of the roadmap: its definition and, for a manual one, the values recorded on it. Computed
 * indicators hold no values here: theirs are computed from contributions ({@link Aggregation}).
 */
public final class Indicator {

    /** The largest value or target an indicator takes. */
    public static final String MAX_VALUE_TEXT = "1000000000000";
    public static final BigDecimal MAX_VALUE = new BigDecimal(MAX_VALUE_TEXT);
    /** The decimals a value or a target keeps. */
    public static final int VALUE_DECIMALS = 4;
    public static final int MAX_SOURCE = 300;
    public static final int MAX_COMMENT = 2000;

    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2035;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final IndicatorDefinition definition;
    private final long version;
    private final List<ManualValue> values;

    public Indicator(IndicatorDefinition definition, long version, List<ManualValue> values) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.version = version;
        this.values = List.copyOf(values);
    }

    /** The outcome of recording a value: the new state and its fact, or why nothing was recorded. */
    public sealed interface Recording {
    }

    public record Recorded(Indicator indicator, IndicatorValueRecorded event) implements Recording {
    }

    public record Rejected(List<Violation> violations) implements Recording {
    }

    public Recording record(ValueToRecord command, String eventId, Instant now, String recordedBy) {
        List<Violation> violations = new ArrayList<>();
        if (definition.isComputed()) {
            return new Rejected(List.of(new Violation("indicator", "indicator.computed",
                    "Cet indicateur est calculé à partir des événements des autres services : on n'y saisit pas de valeur.")));
        }
        if (command.valueDate() == null) {
            violations.add(new Violation("valueDate", "valueDate.required", "La date de la valeur est obligatoire."));
        } else if (command.valueDate().isAfter(LocalDate.ofInstant(now, PARIS))) {
            violations.add(new Violation("valueDate", "valueDate.future", "La date de la valeur ne peut pas être future."));
        }
        int year = command.year() != null ? command.year()
                : command.valueDate() != null ? command.valueDate().getYear() : 0;
        if (command.valueDate() != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            violations.add(new Violation("year", "year.range",
                    "L'année doit être comprise entre " + FIRST_YEAR + " et " + LAST_YEAR + "."));
        }
        if (command.value() == null) {
            violations.add(new Violation("value", "value.required", "La valeur est obligatoire."));
        }
        // a count, a surface or an amount: never negative, a trillion at most, four decimals at most
        InputBounds.number("value", command.value(), BigDecimal.ZERO, MAX_VALUE, VALUE_DECIMALS)
                .ifPresent(violations::add);
        InputBounds.number("target", command.target(), BigDecimal.ZERO, MAX_VALUE, VALUE_DECIMALS)
                .ifPresent(violations::add);
        if (command.territoryCode() != null) {
            if (!definition.byTerritory()) {
                violations.add(new Violation("territoryCode", "territoryCode.notBrokenDown",
                        "Cet indicateur n'est pas décliné par EPT."));
            } else if (!Territories.isKnown(command.territoryCode())) {
                violations.add(new Violation("territoryCode", "territoryCode.unknown",
                        "EPT inconnu : choisissez T6, T7, T8 ou T9."));
            }
        }
        if (command.source() == null || command.source().isBlank()) {
            violations.add(new Violation("source", "source.required", "La source de la valeur est obligatoire."));
        } else if (command.source().length() > MAX_SOURCE) {
            violations.add(new Violation("source", "source.size", "La source ne doit pas dépasser 300 caractères."));
        }
        if (command.comment() != null && command.comment().length() > MAX_COMMENT) {
            violations.add(new Violation("comment", "comment.size", "Le commentaire ne doit pas dépasser 2000 caractères."));
        }
        if (!violations.isEmpty()) {
            return new Rejected(violations);
        }
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        ManualValue value = new ManualValue(eventId, year, command.valueDate(), command.territoryCode(),
                command.value(), command.target(), command.source().strip(), comment, now, recordedBy);
        List<ManualValue> recorded = new ArrayList<>(values);
        recorded.add(value);
        Indicator next = new Indicator(definition, version + 1, recorded);
        return new Recorded(next, new IndicatorValueRecorded(eventId, definition.id(), next.version, definition.name(),
                definition.unit(), year, value.valueDate(), value.territoryCode(), value.value(), value.target(),
                value.source(), value.comment(), now, recordedBy));
    }

    /** Replaces the yearly targets; a target must be a number and its year within the supported range. */
    public Optional<Indicator> withTargets(Map<Integer, BigDecimal> targets) {
        boolean valid = targets.entrySet().stream().allMatch(t -> t.getKey() >= FIRST_YEAR && t.getKey() <= LAST_YEAR
                && t.getValue() != null);
        return valid ? Optional.of(new Indicator(definition.withTargets(targets), version + 1, values))
                : Optional.empty();
    }

    /** The value that stands for a year and a territory (null = the département): the latest recorded one. */
    public Optional<ManualValue> latestFor(int year, String territory) {
        return values.stream().filter(v -> v.year() == year && Objects.equals(v.territoryCode(), territory))
                .max(Comparator.comparing(ManualValue::valueDate).thenComparing(ManualValue::recordedAt));
    }

    /** The target for a year: the one set on the definition, else the one given with the latest value. */
    public BigDecimal targetFor(int year) {
        BigDecimal target = definition.targetFor(year);
        return target != null ? target : latestFor(year, null).map(ManualValue::target).orElse(null);
    }

    public IndicatorDefinition definition() {
        return definition;
    }

    public String id() {
        return definition.id();
    }

    public long version() {
        return version;
    }

    public List<ManualValue> values() {
        return values;
    }
}
