package fr.essor.funding.decisions.infrastructure;

import fr.essor.funding.aaa.domain.GrantNature;
import fr.essor.funding.decisions.application.VotingSessions;
import fr.essor.funding.decisions.domain.AgendaItem;
import fr.essor.funding.decisions.domain.LaureatesPublished;
import fr.essor.funding.decisions.domain.Vote;
import fr.essor.funding.decisions.domain.VotingSession;
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

/** The voting sessions in MongoDB; closing one writes it with its laureate lists in one document write (outbox). */
public class MongoVotingSessions implements VotingSessions, DeclaresIndexes {

    static final String COLLECTION = "voting_sessions";
    private static final String SEQUENCES = "voting_session_sequences";
    private static final String TOPIC_FAMILY = "laureates";

    private final MongoTemplate mongo;
    private final AggregateStore<VotingSessionDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoVotingSessions(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                               JsonMapper json) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, VotingSessionDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public String nextId(int callYear) {
        String prefix = "SEANCE-" + callYear;
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(prefix)),
                new Update().inc("next", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, SEQUENCES);
        return String.format("%s-%02d", prefix, ((Number) counter.get("next")).longValue());
    }

    @Override
    public Optional<VotingSession> find(String id) {
        return store.find(id).map(MongoVotingSessions::toSession);
    }

    /**
     * {@link #all} by sitting, {@link #closedOf} (a call's closed sessions by sitting) and {@link #openHolding} (the
     * sessions holding an application; whether it is closed is read on fetch).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "voting_sessions_sitting").desc("sittingOn").desc("_id"),
                QueryIndex.on(COLLECTION, "voting_sessions_call_closed").asc("callYear").asc("closed")
                        .asc("sittingOn").asc("_id"),
                QueryIndex.on(COLLECTION, "voting_sessions_application").asc("applicationIds"));
    }

    @Override
    public List<VotingSession> all() {
        return store.find(new Query().with(Sort.by(Sort.Direction.DESC, "sittingOn", "_id"))).stream()
                .map(MongoVotingSessions::toSession).toList();
    }

    @Override
    public List<VotingSession> closedOf(int callYear) {
        return store.find(Query.query(Criteria.where("callYear").is(callYear).and("closed").is(true))
                        .with(Sort.by("sittingOn", "_id"))).stream()
                .map(MongoVotingSessions::toSession).toList();
    }

    @Override
    public Optional<VotingSession> openHolding(String applicationId) {
        return store.findOne(Query.query(Criteria.where("applicationIds").is(applicationId)
                        .and("closed").is(false)))
                .map(MongoVotingSessions::toSession);
    }

    @Override
    public void add(VotingSession session) {
        store.insert(toDocument(session), List.of());
    }

    @Override
    public void save(VotingSession session, long expectedVersion, List<LaureatesPublished> events) {
        store.update(session.id(), expectedVersion, toDocument(session),
                events.stream().map(this::toWire).toList());
    }

    private OutgoingEvent toWire(LaureatesPublished event) {
        VotingSession s = event.session();
        List<LaureatesPayload.Laureate> laureates = event.laureates().stream()
                .map(i -> new LaureatesPayload.Laureate(i.applicationId(), i.organisationId(), i.organisationName(),
                        i.projectTitle(), i.theme(), i.vote().amount(), i.nature().name(), i.durationYears(),
                        i.territoryCode(), i.qpv(), i.communesInsee())).toList();
        BigDecimal total = laureates.stream().map(LaureatesPayload.Laureate::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        LaureatesPayload payload = new LaureatesPayload(event.eventId(), s.id(), s.version(), "AAA",
                "AAA-" + s.callYear(), s.callYear(), event.territoryCode(), s.deliberationReference(),
                s.sittingOn().toString(), laureates.size(), total, laureates, event.occurredAt().toString(),
                event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type("laureates-published", 1), eventTypes.source(),
                s.id(), eventTypes.topic(TOPIC_FAMILY), event.occurredAt(), json.writeValueAsString(payload));
    }

    static VotingSessionDocument toDocument(VotingSession s) {
        return new VotingSessionDocument(s.id(), s.callYear(), s.sittingOn().toString(), s.deliberationReference(),
                s.agenda().stream().map(i -> new VotingSessionDocument.ItemDocument(i.applicationId(),
                        i.organisationId(), i.organisationName(), i.projectTitle(), i.theme(),
                        cents(i.amountRequested()), i.nature().name(), i.durationYears(), i.territoryCode(),
                        i.territoryCodes(), i.communesInsee(), i.qpv(), i.voted().map(v ->
                        new VotingSessionDocument.VoteDocument(v.granted(), v.amount() == null ? null
                                : cents(v.amount()), v.justification(), v.recordedBy(), v.recordedAt()))
                        .orElse(null))).toList(),
                s.agenda().stream().map(AgendaItem::applicationId).toList(), s.closed(), s.version(), s.createdAt(),
                s.createdBy(), s.updatedAt(), s.updatedBy());
    }

    static VotingSession toSession(VotingSessionDocument d) {
        List<AgendaItem> agenda = d.agenda() == null ? List.of() : d.agenda().stream().map(i -> new AgendaItem(
                i.applicationId(), i.organisationId(), i.organisationName(), i.projectTitle(), i.theme(),
                euros(i.amountRequestedCents()), GrantNature.valueOf(i.nature()), i.durationYears(),
                i.territoryCode(), i.territoryCodes(), i.communesInsee(), i.qpv(), i.vote() == null ? null
                : new Vote(i.vote().granted(), i.vote().amountCents() == null ? null
                : euros(i.vote().amountCents()), i.vote().justification(), i.vote().recordedBy(),
                i.vote().recordedAt()))).toList();
        return new VotingSession(d.id(), d.callYear(), LocalDate.parse(d.sittingOn()), d.deliberationReference(),
                agenda, d.closed(), d.version(), d.createdAt(), d.createdBy(), d.updatedAt(), d.updatedBy());
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
