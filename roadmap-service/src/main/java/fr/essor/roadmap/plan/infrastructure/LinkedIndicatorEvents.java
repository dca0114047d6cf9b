package fr.essor.roadmap.plan.infrastructure;

import fr.essor.roadmap.indicators.application.Contributions;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.ManualValue;
import fr.essor.roadmap.plan.application.RelatedEvents;
import fr.essor.roadmap.plan.domain.Action;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The events related to an action are those on the indicators it is linked to: a value recorded on a manual one, or
 * a fact from another service that moved a computed one.
 */
class LinkedIndicatorEvents implements RelatedEvents {

    private final Indicators indicators;
    private final Contributions contributions;

    LinkedIndicatorEvents(Indicators indicators, Contributions contributions) {
        this.indicators = indicators;
        this.contributions = contributions;
    }

    @Override
    public Optional<Instant> latestAbout(Action action) {
        return action.indicatorIds().stream().flatMap(this::eventTimes).max(Comparator.naturalOrder());
    }

    private Stream<Instant> eventTimes(String indicatorId) {
        Stream<Instant> recorded = indicators.find(indicatorId).stream().map(Indicator::values)
                .flatMap(values -> values.stream().map(ManualValue::recordedAt));
        Stream<Instant> facts = contributions.of(indicatorId).stream().map(Contribution::occurredAt);
        return Stream.concat(recorded, facts);
    }
}
