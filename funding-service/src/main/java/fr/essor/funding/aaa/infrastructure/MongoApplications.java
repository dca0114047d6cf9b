package fr.essor.funding.aaa.infrastructure;

import fr.essor.funding.aaa.application.ApplicationFilter;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.TerritorySelection;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationDecided;
import fr.essor.funding.aaa.domain.ApplicationDetails;
import fr.essor.funding.aaa.domain.ApplicationEvent;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.ApplicationSubmitted;
import fr.essor.funding.aaa.domain.Channel;
import fr.essor.funding.aaa.domain.ConflictOfInterest;
import fr.essor.funding.aaa.domain.Decision;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.GrantAwarded;
import fr.essor.funding.aaa.domain.HistoryEntry;
import fr.essor.funding.aaa.domain.InformationAnswer;
import fr.essor.funding.aaa.domain.InformationRequested;
import fr.essor.funding.aaa.domain.Opinion;
import fr.essor.funding.aaa.domain.ProjectTitles;
import fr.essor.funding.aaa.domain.RequestedAmounts;
import fr.essor.funding.aaa.domain.Review;
import fr.essor.funding.aaa.domain.TerritoryOpinion;
import fr.essor.funding.aaa.infrastructure.MongoCalls.Money;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The applications in MongoDB: each save writes the new state and its facts (application-submitted, -decided,
 * information-requested, grant-awarded on {@code essor.funding.applications}, key = application id) in one document
 * write.
 */
public class MongoApplications implements Applications, DeclaresIndexes {

    static final String COLLECTION = "aaa_applications";
    static final String SEQUENCES = "aaa_sequences";
    static final String TOPIC_FAMILY = "applications";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MongoTemplate mongo;
    private final AggregateStore<ApplicationDocument> store;
    private final Communes communes;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoApplications(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                             EventTypes eventTypes, JsonMapper json) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, ApplicationDocument.class);
        this.communes = communes;
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public String nextId(int callYear) {
        String callId = "AAA-" + callYear;
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(callId)),
                new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, SEQUENCES);
        return String.format("%s-%04d", callId, ((Number) counter.get("next")).longValue());
    }

    @Override
    public Optional<Application> find(String id) {
        return store.find(id).map(this::toApplication);
    }

    /**
     * {@link #list} (a call's applications, by id, the status narrowing it most often), the EPT feed
     * {@link #territoryFeed} (its selections are filtered on the scope's documents), {@link #forOrganisations} and
     * {@link #findSameProject} (the organisation, then its calls).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "aaa_applications_call_status").asc("callYear").asc("status").asc("_id"),
                QueryIndex.on(COLLECTION, "aaa_applications_call").asc("callYear").asc("_id"),
                MongoFeedQueries.index(COLLECTION, "aaa_applications_territory_feed", "territoryCodes", "updatedAt"),
                QueryIndex.on(COLLECTION, "aaa_applications_organisation").asc("organisationId").asc("callId"));
    }

    @Override
    public List<Application> list(int callYear, ApplicationFilter filter) {
        Criteria criteria = Criteria.where("callYear").is(callYear);
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status().name());
        }
        if (filter.theme() != null) {
            criteria = criteria.and("theme").is(filter.theme());
        }
        if (filter.territoryCode() != null) {
            criteria = criteria.and("territoryCodes").is(filter.territoryCode());
        }
        if (filter.directorate() != null) {
            criteria = criteria.and("directorates").is(filter.directorate().name());
        }
        return store.find(Query.query(criteria).with(Sort.by("_id"))).stream()
                .map(this::toApplication).toList();
    }

    @Override
    public List<Application> territoryFeed(String territoryCode, TerritorySelection selection, FeedWindow window) {
        Criteria scope = Criteria.where("territoryCodes").is(territoryCode);
        scope = switch (selection) {
            case ALL -> scope;
            case AWAITING_OPINION -> scope.and("status").is(ApplicationStatus.TERRITORY_OPINION_REQUESTED.name())
                    .and("opinions.territoryCode").ne(territoryCode);
            case OPINION_GIVEN -> scope.and("opinions.territoryCode").is(territoryCode);
            case LAUREATES -> scope.and("decision.granted").is(true);
        };
        return store.find(MongoFeedQueries.page(scope, "updatedAt", window)).stream().map(this::toApplication)
                .toList();
    }

    @Override
    public List<Application> forOrganisations(java.util.Collection<String> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return store.find(Query.query(Criteria.where("organisationId").in(organisationIds))
                        .with(Sort.by(Sort.Direction.DESC, "callYear").and(Sort.by("_id")))).stream()
                .map(this::toApplication).toList();
    }

    @Override
    public Optional<String> findSameProject(String callId, String organisationId, String normalisedTitle) {
        Query query = Query.query(Criteria.where("callId").is(callId).and("organisationId").is(organisationId)
                .and("normalisedTitle").is(normalisedTitle)).with(Sort.by("_id")).limit(1);
        return store.findOne(query).map(ApplicationDocument::id);
    }

    @Override
    public void add(Application application, List<ApplicationEvent> events) {
        store.insert(toDocument(application), events.stream().map(this::toWire).toList());
    }

    @Override
    public void save(Application application, long expectedVersion, List<ApplicationEvent> events) {
        store.update(application.id(), expectedVersion, toDocument(application),
                events.stream().map(this::toWire).toList());
    }

    private OutgoingEvent toWire(ApplicationEvent event) {
        Application a = event.application();
        ApplicationDetails d = a.details();
        String submittedOn = LocalDate.ofInstant(a.submittedAt(), PARIS).toString();
        List<String> insees = d.communes().stream().map(c -> c.inseeCode()).toList();
        Object payload;
        String fact;
        switch (event) {
            case ApplicationSubmitted submitted -> {
                fact = "application-submitted";
                payload = new ApplicationPayloads.Submitted(event.eventId(), a.id(), a.version(), a.callId(), "AAA",
                        a.callYear(), d.organisationId(), d.organisationName(), d.title(), d.theme(),
                        d.durationYears(), d.amounts().total(), amountLines(d.amounts()), d.projectBudget(),
                        d.mainTerritoryCode(), d.territoryCodes(), insees, d.qpv(), d.incubation(),
                        a.channel().name(), a.possibleDuplicateOf().orElse(null), submittedOn,
                        event.occurredAt().toString(), event.recordedBy());
            }
            case ApplicationDecided decided -> {
                fact = "application-decided";
                Decision decision = a.decision().orElseThrow();
                payload = new ApplicationPayloads.Decided(event.eventId(), a.id(), a.version(), a.callId(), "AAA",
                        a.callYear(), d.organisationId(), d.organisationName(), d.title(),
                        decision.granted() ? "GRANTED" : "REFUSED", d.amounts().total(), decision.amount(),
                        decision.granted() ? d.amounts().nature().name() : null, d.durationYears(),
                        d.mainTerritoryCode(), d.territoryCodes(), insees, d.qpv(), decision.justification(),
                        decision.reference(), decision.decidedOn().toString(), submittedOn,
                        event.occurredAt().toString(), event.recordedBy());
            }
            case InformationRequested requested -> {
                fact = "information-requested";
                payload = new ApplicationPayloads.InformationRequested(event.eventId(), a.id(), a.version(),
                        a.callId(), "AAA", a.callYear(), d.organisationId(), d.organisationName(), d.title(),
                        requested.request(), event.occurredAt().toString(), event.recordedBy());
            }
            case GrantAwarded awarded -> {
                fact = "grant-awarded";
                Decision decision = a.decision().orElseThrow();
                payload = new ApplicationPayloads.GrantAwarded(event.eventId(), a.id(), a.version(), a.callId(), "AAA",
                        a.callYear(), d.organisationId(), d.organisationName(), d.title(), decision.amount(),
                        d.amounts().nature().name(), d.durationYears(), d.mainTerritoryCode(), d.territoryCodes(),
                        insees, d.qpv(), decision.reference(), decision.decidedOn().toString(),
                        event.occurredAt().toString(), event.recordedBy());
            }
        }
        return new OutgoingEvent(event.eventId(), eventTypes.type(fact, 1), eventTypes.source(), a.id(),
                eventTypes.topic(TOPIC_FAMILY), event.occurredAt(), json.writeValueAsString(payload));
    }

    private static List<ApplicationPayloads.AmountLine> amountLines(RequestedAmounts amounts) {
        List<ApplicationPayloads.AmountLine> lines = new ArrayList<>();
        addLine(lines, 1, "OPERATING", amounts.firstYearOperating());
        addLine(lines, 1, "INVESTMENT", amounts.firstYearInvestment());
        addLine(lines, 2, "OPERATING", amounts.secondYearOperating());
        addLine(lines, 2, "INVESTMENT", amounts.secondYearInvestment());
        return lines;
    }

    private static void addLine(List<ApplicationPayloads.AmountLine> lines, int year, String nature,
                                BigDecimal amount) {
        if (amount.signum() > 0) {
            lines.add(new ApplicationPayloads.AmountLine(year, nature, amount));
        }
    }

    static ApplicationDocument toDocument(Application a) {
        ApplicationDetails d = a.details();
        RequestedAmounts r = d.amounts();
        return new ApplicationDocument(a.id(), a.callId(), a.callYear(), d.organisationId(), d.organisationName(),
                d.title(), ProjectTitles.normalise(d.title()), d.summary(), d.theme(),
                Money.cents(r.firstYearOperating()), Money.cents(r.firstYearInvestment()),
                Money.cents(r.secondYearOperating()), Money.cents(r.secondYearInvestment()), d.durationYears(),
                d.communes().stream().map(c -> c.inseeCode()).toList(), d.territoryCodes(), d.qpv(),
                Money.cents(d.projectBudget()), d.incubation(), a.channel().name(),
                a.possibleDuplicateOf().orElse(null), a.status().name(),
                a.correctionReturnsTo().map(Enum::name).orElse(null),
                a.directorates().stream().map(Enum::name).sorted().toList(),
                a.reviews().stream().map(v -> new ApplicationDocument.ReviewDocument(v.reviewer(), v.scores(),
                        v.weightedScore().toPlainString(), v.internalComment(), v.sharedComment(), v.at())).toList(),
                a.conflicts().stream().map(c -> new ApplicationDocument.ConflictDocument(c.reviewer(), c.reason(),
                        c.at())).toList(),
                a.opinions().stream().map(o -> new ApplicationDocument.OpinionDocument(o.territoryCode(),
                        o.opinion().name(), o.comment(), o.givenBy(), o.recordedByAgent(), o.at())).toList(),
                a.decision().map(x -> new ApplicationDocument.DecisionDocument(x.granted(),
                        x.amount() == null ? null : Money.cents(x.amount()), x.justification(), x.reference(),
                        x.decidedOn().toString())).orElse(null),
                a.history().stream().map(h -> new ApplicationDocument.HistoryDocument(h.at(), h.by(), h.what(),
                        h.from() == null ? null : h.from().name(), h.to().name(), h.note())).toList(),
                a.answers().stream().map(w -> new ApplicationDocument.AnswerDocument(w.requestedAt(), w.request(),
                        w.text(), w.attachments().stream().map(f -> new ApplicationDocument.AttachmentDocument(
                                f.documentId(), f.fileName())).toList(), w.by(), w.at())).toList(),
                a.version(), a.submittedAt(), a.submittedBy(), a.updatedAt(), a.updatedBy(),
                a.recordedReceipt().orElse(null));
    }

    private Application toApplication(ApplicationDocument d) {
        ApplicationDetails details = new ApplicationDetails(d.organisationId(), d.organisationName(), d.title(),
                d.summary(), d.theme(), new RequestedAmounts(Money.euros(d.firstYearOperatingCents()),
                Money.euros(d.firstYearInvestmentCents()), Money.euros(d.secondYearOperatingCents()),
                Money.euros(d.secondYearInvestmentCents())), d.durationYears(),
                d.communeInsees().stream().map(insee -> communes.find(insee).orElseThrow(() ->
                        new IllegalStateException("Unknown commune " + insee + " in " + d.id()))).toList(),
                d.qpv(), Money.euros(d.projectBudgetCents()), d.incubation());
        ApplicationDocument.DecisionDocument x = d.decision();
        return new Application(d.id(), d.callId(), d.callYear(), details, Channel.valueOf(d.channel()),
                d.possibleDuplicateOf(), ApplicationStatus.valueOf(d.status()),
                d.correctionReturnsTo() == null ? null : ApplicationStatus.valueOf(d.correctionReturnsTo()),
                list(d.directorates()).stream().map(Directorate::valueOf).toList(),
                list(d.reviews()).stream().map(v -> new Review(v.reviewer(), v.scores(),
                        new BigDecimal(v.weightedScore()), v.internalComment(), v.sharedComment(), v.at())).toList(),
                list(d.conflicts()).stream().map(c -> new ConflictOfInterest(c.reviewer(), c.reason(), c.at()))
                        .toList(),
                list(d.opinions()).stream().map(o -> new TerritoryOpinion(o.territoryCode(),
                        Opinion.valueOf(o.opinion()), o.comment(), o.givenBy(), o.recordedByAgent(), o.at())).toList(),
                x == null ? null : new Decision(x.granted(), x.amountCents() == null ? null
                        : Money.euros(x.amountCents()), x.justification(), x.reference(),
                        LocalDate.parse(x.decidedOn())),
                list(d.history()).stream().map(h -> new HistoryEntry(h.at(), h.by(), h.what(),
                        h.from() == null ? null : ApplicationStatus.valueOf(h.from()),
                        ApplicationStatus.valueOf(h.to()), h.note())).toList(),
                list(d.answers()).stream().map(w -> new InformationAnswer(w.requestedAt(), w.request(), w.text(),
                        list(w.attachments()).stream().map(f -> new InformationAnswer.Attachment(f.documentId(),
                                f.fileName())).toList(), w.by(), w.at())).toList(),
                d.version(), d.submittedAt(), d.submittedBy(), d.receivedOn(), d.updatedAt(), d.updatedBy());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
