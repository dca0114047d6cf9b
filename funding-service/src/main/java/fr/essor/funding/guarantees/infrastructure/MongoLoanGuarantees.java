package fr.essor.funding.guarantees.infrastructure;

import fr.essor.funding.guarantees.application.LoanGuarantees;
import fr.essor.funding.guarantees.domain.GuaranteeHistoryEntry;
import fr.essor.funding.guarantees.domain.GuaranteeTerms;
import fr.essor.funding.guarantees.domain.LoanGuarantee;
import fr.essor.funding.guarantees.domain.LoanGuaranteeGranted;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The guarantees in MongoDB; granting one writes it and {@code loan-guarantee-granted.v1} in one document write. */
public class MongoLoanGuarantees implements LoanGuarantees, DeclaresIndexes {

    static final String COLLECTION = "loan_guarantees";
    static final String SEQUENCES = "loan_guarantee_sequences";
    static final String TOPIC_FAMILY = "loan-guarantees";

    private final MongoTemplate mongo;
    private final AggregateStore<LoanGuaranteeDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoLoanGuarantees(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                               JsonMapper json) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, LoanGuaranteeDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
    }

    record GrantedPayload(String eventId, String guaranteeId, long version, String organisationId,
                          String organisationName, String lender, BigDecimal loanAmount, BigDecimal guaranteedShare,
                          BigDecimal guaranteedAmount, int durationMonths, String grantedOn,
                          String deliberationReference, String purpose, String territoryCode, String occurredAt,
                          String recordedBy) {
    }

    @Override
    public String nextId(int year) {
        String prefix = "GAR-" + year;
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(prefix)),
                new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, SEQUENCES);
        return String.format("%s-%04d", prefix, ((Number) counter.get("next")).longValue());
    }

    @Override
    public Optional<LoanGuarantee> find(String id) {
        return store.find(id).map(MongoLoanGuarantees::toGuarantee);
    }

    /** {@link #all} and {@link #ofOrganisation}, latest grant first. */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "loan_guarantees_granted").desc("grantedOn").desc("_id"),
                QueryIndex.on(COLLECTION, "loan_guarantees_organisation").asc("organisationId").desc("grantedOn")
                        .desc("_id"));
    }

    @Override
    public List<LoanGuarantee> all() {
        return store.find(new Query().with(Sort.by(Sort.Direction.DESC, "grantedOn", "_id"))).stream()
                .map(MongoLoanGuarantees::toGuarantee).toList();
    }

    @Override
    public List<LoanGuarantee> ofOrganisation(String organisationId) {
        return store.find(Query.query(Criteria.where("organisationId").is(organisationId))
                        .with(Sort.by(Sort.Direction.DESC, "grantedOn", "_id"))).stream()
                .map(MongoLoanGuarantees::toGuarantee).toList();
    }

    @Override
    public void add(LoanGuarantee guarantee, LoanGuaranteeGranted granted) {
        GuaranteeTerms t = guarantee.terms();
        GrantedPayload payload = new GrantedPayload(granted.eventId(), guarantee.id(), guarantee.version(),
                t.organisationId(), t.organisationName(), t.lender(), t.loanAmount(), t.guaranteedShare(),
                t.guaranteedAmount(), t.durationMonths(), t.grantedOn().toString(), t.deliberationReference(),
                t.purpose(), t.territoryCode(), granted.occurredAt().toString(), granted.recordedBy());
        OutgoingEvent event = new OutgoingEvent(granted.eventId(), eventTypes.type("loan-guarantee-granted", 1),
                eventTypes.source(), guarantee.id(), eventTypes.topic(TOPIC_FAMILY), granted.occurredAt(),
                json.writeValueAsString(payload));
        store.insert(toDocument(guarantee), List.of(event));
    }

    @Override
    public void save(LoanGuarantee guarantee, long expectedVersion) {
        store.update(guarantee.id(), expectedVersion, toDocument(guarantee), List.of());
    }

    static LoanGuaranteeDocument toDocument(LoanGuarantee g) {
        GuaranteeTerms t = g.terms();
        return new LoanGuaranteeDocument(g.id(), t.organisationId(), t.organisationName(), t.territoryCode(),
                t.lender(), t.loanAmount().toPlainString(), t.guaranteedShare().toPlainString(), t.durationMonths(),
                t.grantedOn().toString(), t.deliberationReference(), t.purpose(),
                g.outstandingPrincipal().toPlainString(), g.outstandingOn().toString(),
                g.history().stream().map(e -> new LoanGuaranteeDocument.HistoryDocument(e.at(), e.by(), e.what(),
                        e.note())).toList(), g.version(), g.updatedAt(), g.updatedBy());
    }

    static LoanGuarantee toGuarantee(LoanGuaranteeDocument d) {
        GuaranteeTerms terms = new GuaranteeTerms(d.organisationId(), d.organisationName(), d.territoryCode(),
                d.lender(), new BigDecimal(d.loanAmount()), new BigDecimal(d.guaranteedShare()), d.durationMonths(),
                LocalDate.parse(d.grantedOn()), d.deliberationReference(), d.purpose());
        return new LoanGuarantee(d.id(), terms, new BigDecimal(d.outstandingPrincipal()),
                LocalDate.parse(d.outstandingOn()), d.history() == null ? List.of() : d.history().stream()
                .map(e -> new GuaranteeHistoryEntry(e.at(), e.by(), e.what(), e.note())).toList(), d.version(),
                d.updatedAt(), d.updatedBy());
    }
}
