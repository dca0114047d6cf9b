package fr.essor.roadmap.indicators.application;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import fr.essor.roadmap.indicators.domain.AggregationRule;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.IndicatorKind;
import fr.essor.roadmap.indicators.domain.Periodicity;
import fr.essor.roadmap.indicators.domain.ValueToRecord;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The SENS's writes on indicators: create a manual indicator, record a value on it (published as
 * {@code indicator-value-recorded.v1}), set yearly targets. Only the DIEESS and administrators write.
 */
public class ManagingIndicators {

    private final Indicators indicators;
    private final Clock clock;
    private final Supplier<String> eventIds;

    public ManagingIndicators(Indicators indicators, Clock clock) {
        this(indicators, clock, () -> UUID.randomUUID().toString());
    }

    ManagingIndicators(Indicators indicators, Clock clock, Supplier<String> eventIds) {
        this.indicators = indicators;
        this.clock = clock;
        this.eventIds = eventIds;
    }

    public static boolean mayWrite(Actor actor) {
        return actor.hasAnyRole(Role.DIEESS, Role.ADMIN);
    }

    /** A manual indicator to create. */
    public record NewIndicator(String name, String description, String unit, Periodicity periodicity,
                               boolean byTerritory, String source, Map<Integer, BigDecimal> targets) {
    }

    /** The longest description and source of an indicator. */
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_SOURCE = 300;

    public IndicatorOutcome create(NewIndicator request, Actor actor) {
        if (!mayWrite(actor)) {
            return new IndicatorOutcome.Forbidden();
        }
        List<Violation> violations = new ArrayList<>();
        if (request.name() == null || request.name().isBlank()) {
            violations.add(new Violation("name", "name.required", "Le nom est obligatoire (200 caractères au plus)."));
        }
        InputBounds.text("name", request.name(), 200).ifPresent(violations::add);
        if (request.unit() == null || request.unit().isBlank()) {
            violations.add(new Violation("unit", "unit.required", "L'unité est obligatoire (40 caractères au plus)."));
        }
        InputBounds.text("unit", request.unit(), 40).ifPresent(violations::add);
        InputBounds.text("description", request.description(), MAX_DESCRIPTION)
                .ifPresent(violations::add);
        if (request.source() == null || request.source().isBlank()) {
            violations.add(new Violation("source", "source.required", "La source est obligatoire."));
        }
        InputBounds.text("source", request.source(), MAX_SOURCE).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            return new IndicatorOutcome.Rejected(violations);
        }
        IndicatorDefinition definition = new IndicatorDefinition("manual-" + slug(request.name()),
                request.name().strip(), request.description(), request.unit().strip(),
                request.periodicity() == null ? Periodicity.YEARLY : request.periodicity(), IndicatorKind.MANUAL,
                AggregationRule.LATEST_RECORDED, request.byTerritory(), request.source().strip(), Map.of());
        Optional<Indicator> withTargets = new Indicator(definition, 0, List.of())
                .withTargets(request.targets() == null ? Map.of() : request.targets());
        if (withTargets.isEmpty()) {
            return new IndicatorOutcome.Rejected(List.of(targetsViolation()));
        }
        Indicator indicator = new Indicator(withTargets.get().definition(), 1, List.of());
        return indicators.add(indicator, actor.username()) ? new IndicatorOutcome.Done(indicator)
                : new IndicatorOutcome.AlreadyExists(definition.id());
    }

    public IndicatorOutcome record(String indicatorId, ValueToRecord value, Actor actor) {
        if (!mayWrite(actor)) {
            return new IndicatorOutcome.Forbidden();
        }
        Optional<Indicator> found = indicators.find(indicatorId);
        if (found.isEmpty()) {
            return new IndicatorOutcome.Unknown(indicatorId);
        }
        Indicator indicator = found.get();
        return switch (indicator.record(value, eventIds.get(), clock.instant(), actor.username())) {
            case Indicator.Rejected rejected -> new IndicatorOutcome.Rejected(rejected.violations());
            case Indicator.Recorded recorded -> {
                indicators.save(recorded.indicator(), indicator.version(), Optional.of(recorded.event()));
                yield new IndicatorOutcome.Done(recorded.indicator());
            }
        };
    }

    public IndicatorOutcome setTargets(String indicatorId, Map<Integer, BigDecimal> targets, Actor actor) {
        if (!mayWrite(actor)) {
            return new IndicatorOutcome.Forbidden();
        }
        Optional<Indicator> found = indicators.find(indicatorId);
        if (found.isEmpty()) {
            return new IndicatorOutcome.Unknown(indicatorId);
        }
        Optional<Indicator> changed = found.get().withTargets(targets);
        if (changed.isEmpty()) {
            return new IndicatorOutcome.Rejected(List.of(targetsViolation()));
        }
        indicators.save(changed.get(), found.get().version(), Optional.empty());
        return new IndicatorOutcome.Done(changed.get());
    }

    private static Violation targetsViolation() {
        return new Violation("targets", "targets.invalid",
                "Chaque cible est un nombre, pour une année comprise entre " + Indicator.FIRST_YEAR + " et "
                        + Indicator.LAST_YEAR + ".");
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
