package fr.essor.funding.grants.infrastructure;

import fr.essor.funding.infrastructure.AgreementSignedPayload;
import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.funding.aaa.domain.GrantNature;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.grants.domain.AgreementAcknowledgement;
import fr.essor.funding.grants.domain.AgreementSigned;
import fr.essor.funding.grants.domain.GrantEvent;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.Instalment;
import fr.essor.funding.grants.domain.Payment;
import fr.essor.funding.grants.domain.PaymentMade;
import fr.essor.funding.grants.domain.PaymentSchedule;
import fr.essor.funding.grants.domain.SubmittedReport;
import fr.essor.funding.grants.domain.ReportFigures;
import fr.essor.funding.grants.domain.ReportReviewed;
import fr.essor.funding.grants.domain.ReportStatus;
import fr.essor.funding.grants.domain.ReportSubmitted;
import fr.essor.funding.grants.domain.Trigger;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The grant files in MongoDB; a payment is written with its payment-made fact in one document write (outbox). */
public class MongoGrantFiles implements GrantFiles, DeclaresIndexes {

    static final String COLLECTION = "grant_files";
    private static final String TOPIC_FAMILY = "grants";

    private final AggregateStore<GrantFileDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoGrantFiles(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                           JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, GrantFileDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public Optional<GrantFile> find(String applicationId) {
        return store.find(applicationId).map(MongoGrantFiles::toFile);
    }

    /**
     * {@link #ofCall} by id; the EPT feed {@link #territoryFeed} and {@link #ofTerritoryChangedSince} (the territory,
     * then the time of change); {@link #awaitingReports} (no final report yet, by id; the signature on fetch).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "grant_files_call").asc("callYear").asc("_id"),
                MongoFeedQueries.index(COLLECTION, "grant_files_territory_feed", "territoryCode", "updatedAt"),
                QueryIndex.on(COLLECTION, "grant_files_awaiting_report").asc("finalReportOn").asc("_id"));
    }

    @Override
    public List<GrantFile> ofCall(int callYear) {
        return store.find(Query.query(Criteria.where("callYear").is(callYear)).with(Sort.by("_id"))).stream()
                .map(MongoGrantFiles::toFile).toList();
    }

    @Override
    public List<GrantFile> territoryFeed(String territoryCode, FeedWindow window) {
        return store.find(MongoFeedQueries.page(Criteria.where("territoryCode").is(territoryCode), "updatedAt",
                window)).stream().map(MongoGrantFiles::toFile).toList();
    }

    @Override
    public List<GrantFile> ofTerritoryChangedSince(String territoryCode, Instant since) {
        Criteria criteria = Criteria.where("territoryCode").is(territoryCode);
        if (since != null) {
            criteria = criteria.and("updatedAt").gte(since);
        }
        return store.find(Query.query(criteria)).stream().map(MongoGrantFiles::toFile).toList();
    }

    @Override
    public List<GrantFile> awaitingReports() {
        return store.find(Query.query(Criteria.where("signedOn").ne(null).and("finalReportOn").is(null))
                .with(Sort.by("_id"))).stream().map(MongoGrantFiles::toFile).toList();
    }

    @Override
    public boolean add(GrantFile file, List<GrantEvent> events) {
        return store.insertIfAbsent(toDocument(file), events.stream().map(this::toWire).toList());
    }

    @Override
    public void save(GrantFile file, long expectedVersion, List<GrantEvent> events) {
        store.update(file.id(), expectedVersion, toDocument(file),
                events.stream().map(this::toWire).toList());
    }

    private OutgoingEvent toWire(GrantEvent event) {
        return switch (event) {
            case PaymentMade payment -> toWire(payment);
            case AgreementSigned signed -> toWire(signed);
            case ReportSubmitted submitted -> toWire("grant-report-submitted", submitted.eventId(), submitted.file(),
                    submitted.report(), submitted.occurredAt(), submitted.report().by());
            case ReportReviewed reviewed -> toWire("grant-report-reviewed", reviewed.eventId(), reviewed.file(),
                    reviewed.report(), reviewed.occurredAt(), reviewed.report().reviewedBy());
        };
    }

    private OutgoingEvent toWire(String type, String eventId, GrantFile f, SubmittedReport r, Instant at,
                                 String by) {
        boolean review = type.equals("grant-report-reviewed");
        ReportFigures n = r.figures();
        ReportPayload payload = new ReportPayload(eventId, f.id(), f.version(), f.callYear(), f.organisationId(),
                f.organisationName(), f.projectTitle(), f.territoryCode(), r.number(), r.report().name(),
                n == null ? null : new ReportPayload.Figures(n.totalExpenses(), n.grantUsed(), n.otherFunding(),
                        n.notUsed()),
                r.at().toString(), review ? r.status().name() : null, review ? r.refusalReason() : null,
                at.toString(), by);
        return new OutgoingEvent(eventId, eventTypes.type(type, 1), eventTypes.source(), f.id(),
                eventTypes.topic(TOPIC_FAMILY), at, json.writeValueAsString(payload));
    }

    private OutgoingEvent toWire(AgreementSigned event) {
        GrantFile f = event.file();
        AgreementSignedPayload payload = new AgreementSignedPayload(event.eventId(), f.id(), f.version(),
                "GRANT_AGREEMENT", "AAA", f.organisationId(), f.organisationName(), f.projectTitle(),
                f.territoryCode(), "DMTA", f.amount(), f.callYear(), f.callYear() + f.durationYears() - 1,
                f.decisionReference(), f.signedOn().orElseThrow().toString(), event.occurredAt().toString(),
                event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type("grant-agreement-signed", 1), eventTypes.source(),
                f.id(), eventTypes.topic(TOPIC_FAMILY), event.occurredAt(), json.writeValueAsString(payload));
    }

    private OutgoingEvent toWire(PaymentMade event) {
        GrantFile f = event.file();
        Instalment instalment = f.schedule().instalments().stream()
                .filter(i -> i.number() == event.payment().instalment()).findFirst().orElseThrow();
        PaymentPayload payload = new PaymentPayload(event.eventId(), f.id(), f.version(), "AAA",
                "AAA-" + f.callYear(), f.callYear(), f.organisationId(), f.organisationName(), f.projectTitle(),
                f.territoryCode(), event.payment().number(), instalment.number(), instalment.trigger().name(),
                event.payment().amount(), event.payment().paidOn().toString(), f.amount(), f.totalPaid(),
                f.remaining(), f.settled(), f.decisionReference(), event.occurredAt().toString(),
                event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type("payment-made", 1), eventTypes.source(), f.id(),
                eventTypes.topic(TOPIC_FAMILY), event.occurredAt(), json.writeValueAsString(payload));
    }

    static GrantFileDocument toDocument(GrantFile f) {
        return new GrantFileDocument(f.id(), f.callYear(), f.organisationId(), f.organisationName(),
                f.projectTitle(), cents(f.amount()), f.nature().name(), f.durationYears(), f.territoryCode(),
                f.decisionReference(), f.decidedOn().toString(),
                f.schedule().instalments().stream().map(i -> new GrantFileDocument.InstalmentDocument(i.number(),
                        i.trigger().name(), i.projectYear(), cents(i.amount()), i.label())).toList(),
                f.signedOn().map(LocalDate::toString).orElse(null),
                f.annualReportOn().map(LocalDate::toString).orElse(null),
                f.finalReportOn().map(LocalDate::toString).orElse(null),
                f.payments().stream().map(p -> new GrantFileDocument.PaymentDocument(p.number(), p.instalment(),
                        cents(p.amount()), p.paidOn().toString(), p.recordedBy(), p.recordedAt())).toList(),
                f.acknowledgement().map(AgreementAcknowledgement::by).orElse(null),
                f.acknowledgement().map(AgreementAcknowledgement::at).orElse(null),
                f.submittedReports().stream().map(r -> new GrantFileDocument.SubmittedReportDocument(r.number(),
                        r.report().name(), r.documentId(), r.fileName(), r.figures() == null ? null
                        : new GrantFileDocument.FiguresDocument(cents(r.figures().totalExpenses()),
                        cents(r.figures().grantUsed()), cents(r.figures().otherFunding()),
                        cents(r.figures().notUsed())), r.by(), r.at(), r.status().name(), r.reviewedBy(),
                        r.reviewedAt(), r.refusalReason())).toList(),
                f.version(), f.updatedAt(), f.updatedBy());
    }

    static GrantFile toFile(GrantFileDocument d) {
        return new GrantFile(d.id(), d.callYear(), d.organisationId(), d.organisationName(), d.projectTitle(),
                euros(d.amountCents()), GrantNature.valueOf(d.nature()), d.durationYears(), d.territoryCode(),
                d.decisionReference(), LocalDate.parse(d.decidedOn()),
                new PaymentSchedule(d.schedule().stream().map(i -> new Instalment(i.number(),
                        Trigger.valueOf(i.trigger()), i.projectYear(), euros(i.amountCents()), i.label())).toList()),
                date(d.signedOn()), date(d.annualReportOn()), date(d.finalReportOn()),
                d.payments() == null ? List.of() : d.payments().stream().map(p -> new Payment(p.number(),
                        p.instalment(), euros(p.amountCents()), LocalDate.parse(p.paidOn()), p.recordedBy(),
                        p.recordedAt())).toList(),
                d.acknowledgedBy() == null ? null : new AgreementAcknowledgement(d.acknowledgedBy(),
                        d.acknowledgedAt()),
                d.submittedReports() == null ? List.of() : submitted(d.submittedReports()),
                d.version(), d.updatedAt(), d.updatedBy());
    }

    /** Reports sent before they were reviewed (no number, no status) were received at once: accepted. */
    private static List<SubmittedReport> submitted(List<GrantFileDocument.SubmittedReportDocument> stored) {
        return java.util.stream.IntStream.range(0, stored.size()).mapToObj(i -> {
            GrantFileDocument.SubmittedReportDocument r = stored.get(i);
            GrantFileDocument.FiguresDocument n = r.figures();
            return new SubmittedReport(r.number() == null ? i + 1 : r.number(), Trigger.valueOf(r.report()),
                    r.documentId(), r.fileName(), n == null ? null : new ReportFigures(euros(n.totalExpensesCents()),
                    euros(n.grantUsedCents()), euros(n.otherFundingCents()), euros(n.notUsedCents())), r.by(), r.at(),
                    r.status() == null ? ReportStatus.ACCEPTED : ReportStatus.valueOf(r.status()), r.reviewedBy(),
                    r.reviewedAt(), r.refusalReason());
        }).toList();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
