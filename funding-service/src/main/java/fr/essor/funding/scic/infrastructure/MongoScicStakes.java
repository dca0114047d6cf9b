package fr.essor.funding.scic.infrastructure;

import fr.essor.funding.scic.application.ScicStakes;
import fr.essor.funding.scic.domain.GeneralMeeting;
import fr.essor.funding.scic.domain.Holding;
import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.funding.scic.domain.ScicStakeEvent;
import fr.essor.funding.scic.domain.StakeHistoryEntry;
import fr.essor.funding.scic.domain.StakeStatus;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stakes in MongoDB: each save writes the new state and its facts ({@code essor.funding.scic-stakes}, key =
 * stake id) in one document write.
 */
public class MongoScicStakes implements ScicStakes, DeclaresIndexes {

    static final String COLLECTION = "scic_stakes";
    static final String TOPIC_FAMILY = "scic-stakes";

    private final AggregateStore<ScicStakeDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoScicStakes(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                           JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, ScicStakeDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public Optional<ScicStake> find(String stakeId) {
        return store.find(stakeId).map(MongoScicStakes::toStake);
    }

    /** {@link #all} and {@link #ofOrganisation}, both in the order of the SCIC's name. */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "scic_stakes_name").asc("scicName"),
                QueryIndex.on(COLLECTION, "scic_stakes_organisation").asc("organisationId").asc("scicName"));
    }

    @Override
    public List<ScicStake> all() {
        return store.find(new Query().with(Sort.by("scicName"))).stream()
                .map(MongoScicStakes::toStake).toList();
    }

    @Override
    public List<ScicStake> ofOrganisation(String organisationId) {
        return store.find(Query.query(Criteria.where("organisationId").is(organisationId)).with(Sort.by("scicName")))
                .stream().map(MongoScicStakes::toStake).toList();
    }

    @Override
    public boolean addIfAbsent(ScicStake stake, List<ScicStakeEvent> events) {
        return store.insertIfAbsent(toDocument(stake), events.stream().map(this::toWire).toList());
    }

    @Override
    public void save(ScicStake stake, long expectedVersion, List<ScicStakeEvent> events) {
        store.update(stake.id(), expectedVersion, toDocument(stake),
                events.stream().map(this::toWire).toList());
    }

    private OutgoingEvent toWire(ScicStakeEvent event) {
        ScicStake s = event.stake();
        Holding h = s.holding();
        String at = event.occurredAt().toString();
        Object payload;
        String fact;
        switch (event) {
            case ScicStakeEvent.Acquired acquired -> {
                fact = "scic-stake-acquired";
                payload = new ScicStakePayloads.Acquired(event.eventId(), s.id(), s.version(), s.scicName(),
                        s.organisationId(), h.shares(), h.capitalHeld(), h.percent(), s.acquiredOn().toString(),
                        s.deliberationReference(), s.territoryCode(), at, event.recordedBy());
            }
            case ScicStakeEvent.Changed changed -> {
                fact = "scic-stake-changed";
                payload = new ScicStakePayloads.Changed(event.eventId(), s.id(), s.version(), s.scicName(),
                        s.organisationId(), h.shares(), h.capitalHeld(), h.percent(), changed.change().name(),
                        changed.changedOn().toString(), changed.deliberationReference(), s.territoryCode(), at,
                        event.recordedBy());
            }
            case ScicStakeEvent.Sold sold -> {
                fact = "scic-stake-sold";
                payload = new ScicStakePayloads.Sold(event.eventId(), s.id(), s.version(), s.scicName(),
                        s.organisationId(), sold.sharesSold(), sold.saleAmount(), s.soldOn().toString(),
                        sold.deliberationReference(), at, event.recordedBy());
            }
        }
        return new OutgoingEvent(event.eventId(), eventTypes.type(fact, 1), eventTypes.source(), s.id(),
                eventTypes.topic(TOPIC_FAMILY), event.occurredAt(), json.writeValueAsString(payload));
    }

    static ScicStakeDocument toDocument(ScicStake s) {
        Holding h = s.holding();
        return new ScicStakeDocument(s.id(), s.scicName(), s.description(), s.status().name(), s.organisationId(),
                s.territoryCode(), h == null ? null : h.shares(), h == null ? null : h.capitalHeld().toPlainString(),
                h == null ? null : h.scicCapital().toPlainString(), text(s.acquiredOn()), s.deliberationReference(),
                s.representative(), s.college(), text(s.soldOn()), amount(s.saleAmount()),
                s.meetings().stream().map(m -> new ScicStakeDocument.MeetingDocument(m.heldOn().toString(),
                        m.resolutions(), amount(m.revenue()), amount(m.result()), amount(m.equity()), m.recordedBy(),
                        m.recordedAt())).toList(),
                s.history().stream().map(e -> new ScicStakeDocument.HistoryDocument(e.at(), e.by(), e.what(),
                        e.note())).toList(), s.version(), s.updatedAt(), s.updatedBy());
    }

    static ScicStake toStake(ScicStakeDocument d) {
        Holding holding = d.shares() == null ? null
                : new Holding(d.shares(), new BigDecimal(d.capitalHeld()), new BigDecimal(d.scicCapital()));
        return new ScicStake(d.id(), d.scicName(), d.description(), StakeStatus.valueOf(d.status()),
                d.organisationId(), d.territoryCode(), holding, date(d.acquiredOn()), d.deliberationReference(),
                d.representative(), d.college(), date(d.soldOn()), decimal(d.saleAmount()),
                d.meetings() == null ? List.of() : d.meetings().stream().map(m -> new GeneralMeeting(
                        LocalDate.parse(m.heldOn()), m.resolutions(), decimal(m.revenue()), decimal(m.result()),
                        decimal(m.equity()), m.recordedBy(), m.recordedAt())).toList(),
                d.history() == null ? List.of() : d.history().stream().map(e -> new StakeHistoryEntry(e.at(), e.by(),
                        e.what(), e.note())).toList(), d.version(), d.updatedAt(), d.updatedBy());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
