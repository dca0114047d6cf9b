package fr.essor.foncier.intermediation.infrastructure;

import fr.essor.foncier.infrastructure.AggregateDocuments;
import fr.essor.foncier.intermediation.application.Intermediations;
import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.IntermediationEvent;
import fr.essor.foncier.intermediation.domain.LeaseEnded;
import fr.essor.foncier.intermediation.domain.LeaseSigned;
import fr.essor.foncier.intermediation.domain.MatchProposed;
import fr.essor.foncier.intermediation.domain.Premises;
import fr.essor.foncier.intermediation.domain.Stage;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Intermediations in MongoDB (collection {@code intermediations}), one document each with its visits, lease,
 * history and outbox: a step and its facts are one document write. Match proposals go to
 * {@code essor.foncier.matches} keyed by intermediation, signed leases to {@code essor.foncier.leases} keyed by lease.
 */
public class MongoIntermediations implements Intermediations, DeclaresIndexes {

    static final String COLLECTION = "intermediations";
    static final String MATCHES = "matches";
    static final String LEASES = "leases";

    private final AggregateStore<Document> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;
    private final AggregateDocuments documents;

    public MongoIntermediations(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                                JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, Document.class);
        this.eventTypes = eventTypes;
        this.json = json;
        this.documents = new AggregateDocuments(json);
    }

    @Override
    public Optional<Intermediation> find(String id) {
        return store.find(id).map(this::toIntermediation);
    }

    /**
     * {@link #findByLease}, {@link #ofNeed} and {@link #ofOffer} (latest proposal first, by id), and
     * {@link #leasesEndingBetween} (signed leases, then the end date's range).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "intermediations_lease").asc("lease.id"),
                QueryIndex.on(COLLECTION, "intermediations_need").asc("premises.needId").desc("_id"),
                QueryIndex.on(COLLECTION, "intermediations_offer").asc("premises.offerId").desc("_id"),
                QueryIndex.on(COLLECTION, "intermediations_stage_lease_end").asc("stage").asc("lease.endDate"));
    }

    @Override
    public Optional<Intermediation> findByLease(String leaseId) {
        return store.find(Query.query(Criteria.where("lease.id").is(leaseId))).stream()
                .findFirst().map(this::toIntermediation);
    }

    @Override
    public List<Intermediation> ofNeed(String needId) {
        return list(Query.query(Criteria.where("premises.needId").is(needId)));
    }

    @Override
    public List<Intermediation> ofOffer(String offerId) {
        return list(Query.query(Criteria.where("premises.offerId").is(offerId)));
    }

    @Override
    public List<Intermediation> latest(int limit) {
        return list(new Query().limit(limit));
    }

    @Override
    public List<Intermediation> leasesEndingBetween(LocalDate from, LocalDate to) {
        Query query = Query.query(Criteria.where("stage").is(Stage.LEASE_SIGNED.name())
                .and("lease.endDate").gte(from.toString()).lte(to.toString()));
        return store.find(query).stream().map(this::toIntermediation)
                .sorted(java.util.Comparator.comparing((Intermediation i) -> i.lease().endDate())).toList();
    }

    @Override
    public void add(Intermediation intermediation, List<IntermediationEvent> events) {
        store.insert(toDocument(intermediation), events.stream().map(this::toWire).toList());
    }

    @Override
    public void save(Intermediation intermediation, long expectedVersion, List<IntermediationEvent> events) {
        store.update(intermediation.id(), expectedVersion, toDocument(intermediation),
                events.stream().map(this::toWire).toList());
    }

    private List<Intermediation> list(Query query) {
        // ids are MER-<year>-<number>: their order is the order of proposal
        query.with(Sort.by(Sort.Direction.DESC, "_id"));
        return store.find(query).stream().map(this::toIntermediation).toList();
    }

    private Document toDocument(Intermediation intermediation) {
        return documents.toDocument(intermediation.id(), intermediation.version(), intermediation);
    }

    private Intermediation toIntermediation(Document document) {
        return documents.fromDocument(document, Intermediation.class);
    }

    private OutgoingEvent toWire(IntermediationEvent event) {
        return switch (event) {
            case MatchProposed e -> {
                Premises p = e.premises();
                var payload = new IntermediationPayloads.MatchProposedPayload(e.eventId(), e.intermediationId(),
                        e.version(), p.needId(), p.offerId(), p.organisationId(), p.organisationName(),
                        p.communeInsee(), p.territoryCode(), p.offerSurface(), e.score(), e.occurredAt().toString(),
                        e.recordedBy());
                yield new OutgoingEvent(e.eventId(), eventTypes.type("match-proposed", 1), eventTypes.source(),
                        e.intermediationId(), eventTypes.topic(MATCHES), e.occurredAt(),
                        json.writeValueAsString(payload));
            }
            case LeaseSigned e -> {
                Premises p = e.premises();
                var lease = e.lease();
                var payload = new IntermediationPayloads.LeaseSignedPayload(e.eventId(), lease.id(), 1,
                        e.intermediationId(), p.needId(), p.organisationId(), p.organisationName(), p.offerId(),
                        p.communeInsee(), p.territoryCode(), lease.surface(), lease.annualRent(),
                        lease.startDate().toString(), lease.endDate() == null ? null : lease.endDate().toString(),
                        lease.temporaryOccupation(), e.occurredAt().toString(), e.recordedBy());
                yield new OutgoingEvent(e.eventId(), eventTypes.type("lease-signed", 1), eventTypes.source(),
                        lease.id(), eventTypes.topic(LEASES), e.occurredAt(), json.writeValueAsString(payload));
            }
            case LeaseEnded e -> {
                Premises p = e.premises();
                var lease = e.lease();
                var ending = lease.ending();
                var payload = new IntermediationPayloads.LeaseEndedPayload(e.eventId(), lease.id(), lease.version(),
                        e.intermediationId(), p.needId(), p.organisationId(), p.organisationName(), p.offerId(),
                        p.communeInsee(), p.territoryCode(), lease.surface(), lease.startDate().toString(),
                        lease.endDate() == null ? null : lease.endDate().toString(), ending.endedOn().toString(),
                        ending.atTerm(), ending.reason().name(), lease.temporaryOccupation(),
                        e.occurredAt().toString(), e.recordedBy());
                yield new OutgoingEvent(e.eventId(), eventTypes.type("lease-ended", 1), eventTypes.source(),
                        lease.id(), eventTypes.topic(LEASES), e.occurredAt(), json.writeValueAsString(payload));
            }
        };
    }
}
