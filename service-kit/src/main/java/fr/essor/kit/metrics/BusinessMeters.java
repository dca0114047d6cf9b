package fr.essor.kit.metrics;

import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.OutboxCommitObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The business counters of a service (ARCHITECTURE §5), incremented once per fact: when the write that stores the
 * fact's event succeeded ({@link OutboxCommitObserver}), never per relay send or retry. The counters exist from the
 * start (at zero), so that dashboards and alerts see them before the first fact.
 */
public class BusinessMeters implements OutboxCommitObserver {

    private static final Logger log = LoggerFactory.getLogger(BusinessMeters.class);

    private record Meters(BusinessFact fact, Counter count, Counter amount) {
    }

    private final Map<String, Meters> byType;
    private final JsonMapper json;

    public BusinessMeters(List<BusinessFact> facts, MeterRegistry registry, JsonMapper json) {
        this.json = json;
        this.byType = facts.stream().collect(Collectors.toUnmodifiableMap(BusinessFact::type, fact -> new Meters(fact,
                Counter.builder(fact.counter()).description(fact.description()).register(registry),
                fact.amountCounter() == null ? null : Counter.builder(fact.amountCounter())
                        .description(fact.amountDescription()).register(registry)), (a, b) -> {
            throw new IllegalArgumentException("Two business facts for " + a.fact().type());
        }));
    }

    @Override
    public void committed(List<OutgoingEvent> events) {
        for (OutgoingEvent event : events) {
            Meters meters = byType.get(event.type());
            if (meters == null) {
                continue;
            }
            meters.count().increment();
            if (meters.amount() != null) {
                amount(event, meters.fact().amountField()).ifPresent(meters.amount()::increment);
            }
        }
    }

    private Optional<Double> amount(OutgoingEvent event, String field) {
        try {
            JsonNode value = json.readTree(event.payload()).path(field);
            return value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
        } catch (JacksonException e) { // the payload was validated when written; a meter never fails a write
            log.warn("No {} in {} {}: {}", field, event.type(), event.id(), e.toString());
            return Optional.empty();
        }
    }
}
