package fr.essor.procurement.clauses.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.procurement.clauses.application.InsertionLedgers;
import fr.essor.procurement.clauses.domain.HoursReport;
import fr.essor.procurement.clauses.domain.InsertionHoursReported;
import fr.essor.procurement.clauses.domain.InsertionLedger;
import fr.essor.procurement.clauses.domain.InsertionPublic;
import fr.essor.procurement.clauses.domain.PublicCount;
import fr.essor.procurement.clauses.domain.ReportingPeriod;
import fr.essor.procurement.clauses.infrastructure.InsertionLedgerDocument.CountDocument;
import fr.essor.procurement.clauses.infrastructure.InsertionLedgerDocument.ReportDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hours ledgers in MongoDB, each report one single-document write through the outbox with its
 * {@code insertion-hours-reported.v1} (topic {@code essor.procurement.contracts}, key = contract id, like the award).
 */
public class MongoInsertionLedgers implements InsertionLedgers {

    static final String COLLECTION = "insertion-ledgers";
    static final String TOPIC_FAMILY = "contracts";

    private final AggregateStore<InsertionLedgerDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoInsertionLedgers(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                                 JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, InsertionLedgerDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public Optional<InsertionLedger> find(String contractId) {
        return store.find(contractId).map(MongoInsertionLedgers::toLedger);
    }

    @Override
    public void save(InsertionLedger ledger, long expectedVersion, InsertionHoursReported fact) {
        List<OutgoingEvent> events = List.of(toWire(fact));
        store.save(ledger.contractId(), expectedVersion, toDocument(ledger), events);
    }

    @Override
    public List<InsertionLedger> all() {
        return store.find(new Query()).stream().map(MongoInsertionLedgers::toLedger)
                .toList();
    }

    @Override
    public List<InsertionLedger> changedSince(Collection<String> contractIds, Instant since) {
        Criteria criteria = Criteria.where("_id").in(contractIds);
        if (since != null) {
            criteria = criteria.and("updatedAt").gte(since);
        }
        return store.find(Query.query(criteria)).stream().map(MongoInsertionLedgers::toLedger).toList();
    }

    private OutgoingEvent toWire(InsertionHoursReported fact) {
        HoursReport report = fact.report();
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        Map<String, Integer> people = new LinkedHashMap<>();
        for (InsertionPublic p : InsertionPublic.values()) {
            hours.put(p.key(), BigDecimal.ZERO.setScale(2));
            people.put(p.key(), 0);
        }
        report.counts().forEach(c -> {
            hours.put(c.insertionPublic().key(), c.hours());
            people.put(c.insertionPublic().key(), c.people());
        });
        InsertionHoursReportedPayload payload = new InsertionHoursReportedPayload(fact.eventId(), report.reportId(),
                fact.contractId(), fact.version(), report.period().start().toString(),
                report.period().end().toString(), report.period().kind().name(), report.hours(), hours, people,
                fact.terms().buyerDirectorate(), fact.terms().territoryCode(), fact.occurredAt().toString(),
                fact.recordedBy());
        return new OutgoingEvent(fact.eventId(), eventTypes.type("insertion-hours-reported", 1),
                eventTypes.source(), fact.contractId(), eventTypes.topic(TOPIC_FAMILY), fact.occurredAt(),
                json.writeValueAsString(payload));
    }

    private static InsertionLedgerDocument toDocument(InsertionLedger ledger) {
        return new InsertionLedgerDocument(ledger.contractId(), ledger.reports().stream()
                .map(r -> new ReportDocument(r.reportId(), r.period().kind().name(), r.period().start().toString(),
                        r.period().end().toString(), r.counts().stream()
                        .map(c -> new CountDocument(c.insertionPublic().key(), c.people(),
                                c.hours().movePointRight(2).longValueExact()))
                        .toList(), r.reportedAt(), r.reportedBy()))
                .toList(), ledger.version(), ledger.updatedAt(), ledger.updatedBy());
    }

    private static InsertionLedger toLedger(InsertionLedgerDocument doc) {
        return new InsertionLedger(doc.id(), doc.reports().stream()
                .map(r -> new HoursReport(r.reportId(), new ReportingPeriod(ReportingPeriod.Kind.valueOf(r.kind()),
                        LocalDate.parse(r.start()), LocalDate.parse(r.end())), r.counts().stream()
                        .map(c -> new PublicCount(InsertionPublic.ofKey(c.publicKey()).orElseThrow(),
                                c.people(), BigDecimal.valueOf(c.hoursHundredths(), 2)))
                        .toList(), r.reportedAt(), r.reportedBy()))
                .toList(), doc.version(), doc.updatedAt(), doc.updatedBy());
    }
}
