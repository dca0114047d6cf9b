package fr.essor.roadmap.indicators.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.indicators.domain.AggregationRule;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.IndicatorKind;
import fr.essor.roadmap.indicators.domain.IndicatorValueRecorded;
import fr.essor.roadmap.indicators.domain.ManualValue;
import fr.essor.roadmap.indicators.domain.Periodicity;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Indicators in MongoDB; recording a value writes the new state and its fact in one document write (outbox). */
public class MongoIndicators implements Indicators {

    static final String COLLECTION = "indicators";
    static final String TOPIC_FAMILY = "indicators";

    private final MongoTemplate mongo;
    private final AggregateStore<IndicatorDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;
    private final Clock clock;

    public MongoIndicators(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                           JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, IndicatorDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Optional<Indicator> find(String id) {
        return store.find(id).map(this::toIndicator);
    }

    @Override
    public List<Indicator> all() {
        return store.find(new Query().with(Sort.by("_id"))).stream()
                .map(this::toIndicator).toList();
    }

    @Override
    public boolean add(Indicator indicator, String createdBy) {
        Document document = new Document();
        mongo.getConverter().write(toDocument(indicator), document);
        document.remove("_class");
        document.put("createdAt", Date.from(clock.instant()));
        document.put("createdBy", createdBy);
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public void save(Indicator indicator, long expectedVersion, Optional<IndicatorValueRecorded> recorded) {
        store.update(indicator.id(), expectedVersion, toDocument(indicator),
                recorded.map(event -> List.of(toWire(event))).orElse(List.of()));
    }

    @Override
    public void loadReference(IndicatorDefinition definition) {
        Update update = new Update()
                .set("name", definition.name())
                .set("description", definition.description())
                .set("unit", definition.unit())
                .set("periodicity", definition.periodicity().name())
                .set("kind", definition.kind().name())
                .set("rule", definition.rule().name())
                .set("byTerritory", definition.byTerritory())
                .set("source", definition.source())
                .setOnInsert("targets", new Document(targetsOf(definition)))
                .setOnInsert("values", List.of())
                .setOnInsert("version", 1L)
                .setOnInsert("createdAt", Date.from(clock.instant()))
                .setOnInsert("createdBy", "référentiel");
        mongo.upsert(Query.query(Criteria.where("_id").is(definition.id())), update, COLLECTION);
    }

    private OutgoingEvent toWire(IndicatorValueRecorded event) {
        IndicatorValuePayload payload = new IndicatorValuePayload(event.eventId(), event.indicatorId(),
                event.version(), event.indicatorName(), event.unit(), event.year(), event.valueDate().toString(),
                event.territoryCode(), event.value(), event.target(), event.source(), event.comment(),
                event.occurredAt().toString(), event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type("indicator-value-recorded", 1), eventTypes.source(),
                event.indicatorId(), eventTypes.topic(TOPIC_FAMILY), event.occurredAt(),
                json.writeValueAsString(payload));
    }

    private static IndicatorDocument toDocument(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        return new IndicatorDocument(d.id(), d.name(), d.description(), d.unit(), d.periodicity().name(),
                d.kind().name(), d.rule().name(), d.byTerritory(), d.source(), targetsOf(d),
                indicator.values().stream().map(v -> new IndicatorDocument.ValueDocument(v.valueId(), v.year(),
                        v.valueDate().toString(), v.territoryCode(), v.value().toPlainString(),
                        v.target() == null ? null : v.target().toPlainString(), v.source(), v.comment(),
                        v.recordedAt(), v.recordedBy())).toList(),
                indicator.version());
    }

    private static Map<String, String> targetsOf(IndicatorDefinition definition) {
        Map<String, String> targets = new LinkedHashMap<>();
        definition.targets().forEach((year, target) -> targets.put(String.valueOf(year), target.toPlainString()));
        return targets;
    }

    private Indicator toIndicator(IndicatorDocument doc) {
        Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
        if (doc.targets() != null) {
            doc.targets().forEach((year, target) -> targets.put(Integer.valueOf(year), new BigDecimal(target)));
        }
        IndicatorDefinition definition = new IndicatorDefinition(doc.id(), doc.name(), doc.description(), doc.unit(),
                Periodicity.valueOf(doc.periodicity()), IndicatorKind.valueOf(doc.kind()),
                AggregationRule.valueOf(doc.rule()), doc.byTerritory(), doc.source(), targets);
        List<ManualValue> values = new ArrayList<>();
        if (doc.values() != null) {
            for (IndicatorDocument.ValueDocument v : doc.values()) {
                values.add(new ManualValue(v.valueId(), v.year(), LocalDate.parse(v.valueDate()), v.territoryCode(),
                        new BigDecimal(v.value()), v.target() == null ? null : new BigDecimal(v.target()),
                        v.source(), v.comment(), v.recordedAt(), v.recordedBy()));
            }
        }
        return new Indicator(definition, doc.version(), values);
    }
}
