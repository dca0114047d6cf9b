package fr.essor.funding.cpo.infrastructure;

import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.cpo.application.Cpos;
import fr.essor.funding.cpo.domain.AnnualReview;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoEvent;
import fr.essor.funding.cpo.domain.CpoInstalment;
import fr.essor.funding.cpo.domain.CpoPayment;
import fr.essor.funding.cpo.domain.CpoSchedule;
import fr.essor.funding.cpo.domain.CpoTerms;
import fr.essor.funding.cpo.domain.Objective;
import fr.essor.funding.cpo.domain.YearlyAmount;
import fr.essor.funding.infrastructure.AgreementSignedPayload;
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

/**
 * The CPOs in MongoDB; a signature or a payment is written with its fact in one document write (outbox), on the
 * grants' topic: {@code grant-agreement-signed.v1} and {@code payment-made.v1} (programme OTHER, the CPO's id as
 * application and call id, the instalment's year as call year).
 */
public class MongoCpos implements Cpos, DeclaresIndexes {

    static final String COLLECTION = "cpos";
    private static final String SEQUENCES = "cpo_sequences";
    private static final String TOPIC_FAMILY = "grants";

    private final MongoTemplate mongo;
    private final AggregateStore<CpoDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoCpos(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                     JsonMapper json) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, CpoDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public String nextId(int fromYear) {
        String prefix = "CPO-" + fromYear;
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(prefix)),
                new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, SEQUENCES);
        return String.format("%s-%04d", prefix, ((Number) counter.get("next")).longValue());
    }

    @Override
    public Optional<Cpo> find(String id) {
        return store.find(id).map(MongoCpos::toCpo);
    }

    /** {@link #ofOrganisation}, latest first ({@link #all} is served by {@code _id}). */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "cpos_organisation").asc("organisationId").desc("_id"));
    }

    @Override
    public List<Cpo> all() {
        return store.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id"))).stream().map(MongoCpos::toCpo)
                .toList();
    }

    @Override
    public List<Cpo> ofOrganisation(String organisationId) {
        return store.find(Query.query(Criteria.where("organisationId").is(organisationId))
                .with(Sort.by(Sort.Direction.DESC, "_id"))).stream().map(MongoCpos::toCpo).toList();
    }

    @Override
    public void add(Cpo cpo) {
        store.insert(toDocument(cpo), List.of());
    }

    @Override
    public void save(Cpo cpo, long expectedVersion, List<CpoEvent> events) {
        store.update(cpo.id(), expectedVersion, toDocument(cpo), events.stream().map(this::toWire).toList());
    }

    private OutgoingEvent toWire(CpoEvent event) {
        Cpo c = event.cpo();
        CpoTerms t = c.terms();
        String payload = switch (event) {
            case CpoEvent.Signed signed -> json.writeValueAsString(new AgreementSignedPayload(event.eventId(), c.id(),
                    c.version(), "CPO", "CPO", t.organisationId(), t.organisationName(), t.title(), t.territoryCode(),
                    t.leadDirectorate().name(), t.total(), t.fromYear(), t.toYear(), t.decisionReference(),
                    c.signedOn().orElseThrow().toString(), event.occurredAt().toString(), event.recordedBy()));
            case CpoEvent.PaymentMade paid -> {
                CpoInstalment i = c.instalment(paid.payment().instalment()).orElseThrow();
                String trigger = i.advance() && i.year() == t.fromYear() ? "SIGNATURE"
                        : !i.advance() && i.year() == t.toYear() ? "FINAL_REPORT" : "ANNUAL_REPORT";
                yield json.writeValueAsString(new CpoPaymentPayload(event.eventId(), c.id(), c.version(), "OTHER",
                        c.id(), i.year(), t.organisationId(), t.organisationName(), t.title(), t.territoryCode(),
                        paid.payment().number(), i.number(), trigger, paid.payment().amount(),
                        paid.payment().paidOn().toString(), t.total(), c.totalPaid(), c.remaining(),
                        c.remaining().signum() == 0, t.decisionReference(), event.occurredAt().toString(),
                        event.recordedBy()));
            }
        };
        String type = event instanceof CpoEvent.Signed ? "grant-agreement-signed" : "payment-made";
        return new OutgoingEvent(event.eventId(), eventTypes.type(type, 1), eventTypes.source(), c.id(),
                eventTypes.topic(TOPIC_FAMILY), event.occurredAt(), payload);
    }

    /** The payload of payment-made.v1 for a CPO's payment, as fixed by {@code contracts/schemas}. */
    record CpoPaymentPayload(String eventId, String applicationId, long version, String programme, String callId,
                             int callYear, String organisationId, String organisationName, String projectTitle,
                             String territoryCode, int paymentNumber, int instalment, String trigger,
                             BigDecimal amount, String paidOn, BigDecimal amountGranted, BigDecimal totalPaid,
                             BigDecimal remaining, boolean settled, String decisionReference, String occurredAt,
                             String recordedBy) {
    }

    static CpoDocument toDocument(Cpo c) {
        CpoTerms t = c.terms();
        return new CpoDocument(c.id(), t.organisationId(), t.organisationName(), t.territoryCode(),
                t.leadDirectorate().name(), t.title(),
                t.objectives().stream().map(o -> new CpoDocument.ObjectiveDocument(o.label(), o.indicator(),
                        o.target())).toList(),
                t.years().stream().map(y -> new CpoDocument.YearDocument(y.year(), cents(y.operating()),
                        cents(y.investment()))).toList(),
                t.decisionReference(), t.decidedOn().toString(),
                c.schedule().instalments().stream().map(i -> new CpoDocument.InstalmentDocument(i.number(), i.year(),
                        i.advance(), cents(i.amount()), i.label())).toList(),
                c.signedOn().map(LocalDate::toString).orElse(null),
                c.reviews().stream().map(r -> new CpoDocument.ReviewDocument(r.year(), r.reviewedOn().toString(),
                        r.favourable(), r.comment(), r.recordedBy(), r.recordedAt())).toList(),
                c.payments().stream().map(p -> new CpoDocument.PaymentDocument(p.number(), p.instalment(),
                        cents(p.amount()), p.paidOn().toString(), p.recordedBy(), p.recordedAt())).toList(),
                c.version(), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy());
    }

    static Cpo toCpo(CpoDocument d) {
        CpoTerms terms = new CpoTerms(d.organisationId(), d.organisationName(), d.territoryCode(),
                Directorate.valueOf(d.leadDirectorate()), d.title(),
                d.objectives().stream().map(o -> new Objective(o.label(), o.indicator(), o.target())).toList(),
                d.years().stream().map(y -> new YearlyAmount(y.year(), euros(y.operatingCents()),
                        euros(y.investmentCents()))).toList(),
                d.decisionReference(), LocalDate.parse(d.decidedOn()));
        return new Cpo(d.id(), terms, new CpoSchedule(d.schedule().stream().map(i -> new CpoInstalment(i.number(),
                i.year(), i.advance(), euros(i.amountCents()), i.label())).toList()),
                d.signedOn() == null ? null : LocalDate.parse(d.signedOn()),
                d.reviews() == null ? List.of() : d.reviews().stream().map(r -> new AnnualReview(r.year(),
                        LocalDate.parse(r.reviewedOn()), r.favourable(), r.comment(), r.recordedBy(),
                        r.recordedAt())).toList(),
                d.payments() == null ? List.of() : d.payments().stream().map(p -> new CpoPayment(p.number(),
                        p.instalment(), euros(p.amountCents()), LocalDate.parse(p.paidOn()), p.recordedBy(),
                        p.recordedAt())).toList(),
                d.version(), d.createdAt(), d.createdBy(), d.updatedAt(), d.updatedBy());
    }

    private static long cents(BigDecimal euros) {
        return euros.setScale(2).movePointRight(2).longValueExact();
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
