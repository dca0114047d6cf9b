package fr.essor.roadmap.indicators.web;

import fr.essor.roadmap.indicators.domain.ComputedValue;
import fr.essor.roadmap.indicators.domain.Contribution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A computed value and the upstream facts it is made of. */
record SourcesView(String indicatorId, int year, String territory, BigDecimal value, List<Fact> facts) {

    record Fact(String eventId, String eventType, String aggregateId, long aggregateVersion, String territoryCode,
                BigDecimal amount, String label, Instant occurredAt) {

        static Fact of(Contribution c) {
            return new Fact(c.eventId(), c.eventType(), c.aggregateId(), c.aggregateVersion(), c.territoryCode(),
                    c.value(), c.label(), c.occurredAt());
        }
    }

    static SourcesView of(String indicatorId, ComputedValue value) {
        return new SourcesView(indicatorId, value.year(), value.territoryCode(), value.value(),
                value.basis().stream().map(Fact::of).toList());
    }
}
