package fr.essor.procurement.sourcing.infrastructure;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.procurement.sourcing.application.SourcingNeeds;
import fr.essor.procurement.sourcing.domain.Interest;
import fr.essor.procurement.sourcing.domain.NeedOutcome;
import fr.essor.procurement.sourcing.domain.NeedStatus;
import fr.essor.procurement.sourcing.domain.NeedTerms;
import fr.essor.procurement.sourcing.domain.SourcingNeed;
import fr.essor.procurement.sourcing.domain.SourcingNeedPublished;
import fr.essor.procurement.sourcing.infrastructure.SourcingNeedDocument.InterestDocument;
import fr.essor.procurement.sourcing.infrastructure.SourcingNeedDocument.OutcomeDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sourcing needs in MongoDB (collection {@code sourcing-needs}), each save one single-document write through the
 * outbox, with the {@code sourcing-need-published.v1} fact of a publication (topic {@code essor.procurement.sourcing},
 * key = need id).
 */
public class MongoSourcingNeeds implements SourcingNeeds, DeclaresIndexes {

    static final String COLLECTION = "sourcing-needs";
    static final String TOPIC_FAMILY = "sourcing";

    private final MongoTemplate mongo;
    private final OutboxStore outbox;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoSourcingNeeds(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                              JsonMapper json) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.eventTypes = eventTypes;
        this.json = json;
        outboxes.register(COLLECTION);
    }

    @Override
    public Optional<SourcingNeed> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SourcingNeedDocument.class, COLLECTION))
                .map(MongoSourcingNeeds::toNeed);
    }

    @Override
    public void add(SourcingNeed need, SourcingNeedPublished fact) {
        outbox.insert(COLLECTION, toDocument(need), List.of(toWire(fact)));
    }

    @Override
    public void save(SourcingNeed need, long expectedVersion) {
        outbox.update(COLLECTION, need.id(), expectedVersion, toDocument(need), List.of());
    }

    /**
     * The EPT feed {@link #territoryFeed} and {@link #idsOnTerritory} (a territory or none), {@link #list} with a
     * status or all, latest first.
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(MongoFeedQueries.index(COLLECTION, "sourcing_needs_territory_feed", "territoryCode", "updatedAt"),
                QueryIndex.on(COLLECTION, "sourcing_needs_status_created").asc("status").desc("createdAt"),
                QueryIndex.on(COLLECTION, "sourcing_needs_created").desc("createdAt"));
    }

    @Override
    public List<SourcingNeed> territoryFeed(String territoryCode, FeedWindow window) {
        Criteria scope = new Criteria().orOperator(Criteria.where("territoryCode").is(territoryCode),
                Criteria.where("territoryCode").is(null));
        return mongo.find(MongoFeedQueries.page(scope, "updatedAt", window), SourcingNeedDocument.class, COLLECTION)
                .stream().map(MongoSourcingNeeds::toNeed).toList();
    }

    @Override
    public List<String> idsOnTerritory(String territoryCode) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("territoryCode").is(territoryCode),
                Criteria.where("territoryCode").is(null)));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public List<SourcingNeed> list(NeedStatus status) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status.name()));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "createdAt")), SourcingNeedDocument.class,
                COLLECTION).stream().map(MongoSourcingNeeds::toNeed).toList();
    }

    private OutgoingEvent toWire(SourcingNeedPublished fact) {
        NeedTerms t = fact.terms();
        SourcingNeedPublishedPayload payload = new SourcingNeedPublishedPayload(fact.eventId().toString(),
                fact.needId(), fact.version(), t.buyerDirectorate(), t.object(), t.cpvDivision(), t.territoryCode(),
                t.minAmount(), t.maxAmount(), t.answerBy().toString(), fact.matchedSupplierIds(),
                fact.occurredAt().toString(), fact.recordedBy());
        return new OutgoingEvent(fact.eventId().toString(), eventTypes.type("sourcing-need-published", 1), eventTypes.source(),
                fact.needId(), eventTypes.topic(TOPIC_FAMILY), fact.occurredAt(), json.writeValueAsString(payload));
    }

    private static SourcingNeedDocument toDocument(SourcingNeed need) {
        NeedTerms t = need.terms();
        NeedOutcome o = need.outcome();
        return new SourcingNeedDocument(need.id(), t.buyerDirectorate(), t.object(), t.cpvDivision(),
                t.territoryCode(), cents(t.minAmount()), cents(t.maxAmount()), t.answerBy().toString(),
                need.matchedSupplierIds(), need.interests().stream()
                .map(i -> new InterestDocument(i.siret(), i.supplierName(), i.note(), i.recordedAt(), i.recordedBy()))
                .toList(),
                o == null ? null : new OutcomeDocument(o.awarded(), o.contractId(), o.reason(), o.recordedAt(),
                        o.recordedBy()),
                need.status().name(), need.version(), need.createdAt(), need.createdBy(), need.updatedAt(),
                need.updatedBy());
    }

    private static SourcingNeed toNeed(SourcingNeedDocument doc) {
        NeedTerms terms = new NeedTerms(doc.buyerDirectorate(), doc.object(), doc.cpvDivision(), doc.territoryCode(),
                BigDecimal.valueOf(doc.minAmountCents(), 2), BigDecimal.valueOf(doc.maxAmountCents(), 2),
                LocalDate.parse(doc.answerBy()));
        OutcomeDocument o = doc.outcome();
        return new SourcingNeed(doc.id(), terms,
                doc.matchedSupplierIds() == null ? List.of() : doc.matchedSupplierIds(),
                doc.interests() == null ? List.of() : doc.interests().stream()
                        .map(i -> new Interest(i.siret(), i.supplierName(), i.note(), i.recordedAt(), i.recordedBy()))
                        .toList(),
                o == null ? null : new NeedOutcome(o.awarded(), o.contractId(), o.reason(), o.recordedAt(),
                        o.recordedBy()),
                doc.version(), doc.createdAt(), doc.createdBy(), doc.updatedAt(), doc.updatedBy());
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }
}
