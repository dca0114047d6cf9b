package fr.essor.roadmap.plan.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.roadmap.plan.application.Actions;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionChange;
import fr.essor.roadmap.plan.domain.ActionCode;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.ActionStatusChanged;
import fr.essor.roadmap.plan.domain.BudgetLine;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.FollowUpNote;
import fr.essor.roadmap.plan.domain.Milestone;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The actions in MongoDB: each save writes the new state and its status fact in one document write (outbox). */
public class MongoActions implements Actions {

    static final String COLLECTION = "plan_actions";
    static final String TOPIC_FAMILY = "actions";
    static final String STATUS_CHANGED = "action-status-changed";

    private final AggregateStore<ActionDocument> store;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoActions(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                        JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, ActionDocument.class);
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public Optional<Action> find(String code) {
        return store.find(code).map(MongoActions::toAction);
    }

    @Override
    public List<Action> all() {
        return store.find(new Query()).stream().map(MongoActions::toAction)
                .sorted(Comparator.comparing(Action::code)).toList();
    }

    @Override
    public void add(Action action) {
        if (!store.insertIfAbsent(toDocument(action), List.of())) {
            throw new AlreadyStoredException(action.code().toString());
        }
    }

    @Override
    public void save(Action action, long expectedVersion, Optional<ActionStatusChanged> event) {
        store.update(action.code().toString(), expectedVersion, toDocument(action),
                event.map(this::toWire).stream().toList());
    }

    private OutgoingEvent toWire(ActionStatusChanged event) {
        ActionStatusChangedPayload payload = new ActionStatusChangedPayload(event.eventId(), event.actionCode(),
                event.version(), event.previousStatus().name(), event.status().name(), event.progress(),
                event.occurredAt().toString(), event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type(STATUS_CHANGED, 1), eventTypes.source(),
                event.actionCode(), eventTypes.topic(TOPIC_FAMILY), event.occurredAt(),
                json.writeValueAsString(payload));
    }

    static ActionDocument toDocument(Action a) {
        return new ActionDocument(a.code().toString(), a.code().challengeCode(), a.code().objectiveCode(), a.title(),
                a.leadDirectorates().stream().map(Directorate::name).toList(), a.partners(),
                List.copyOf(a.userEdited()), a.status().name(), a.progress(),
                a.coLeadDirectorates().stream().map(Directorate::name).toList(), iso(a.startDate()), iso(a.endDate()),
                a.milestones().stream().map(m -> new ActionDocument.MilestoneDocument(m.id(), m.title(),
                        m.dueDate().toString(), m.done())).toList(),
                a.notes().stream().map(n -> new ActionDocument.NoteDocument(n.id(), n.writtenAt(), n.author(),
                        n.text())).toList(),
                a.budget().stream().map(b -> new ActionDocument.BudgetDocument(b.year(), cents(b.planned()),
                        cents(b.spent()))).toList(),
                a.indicatorIds(),
                a.history().stream().map(h -> new ActionDocument.ChangeDocument(h.at(), h.by(), h.field(), h.before(),
                        h.after())).toList(),
                a.version(), a.updatedAt(), a.updatedBy());
    }

    static Action toAction(ActionDocument d) {
        return new Action(ActionCode.parse(d.id()), d.title(), directorates(d.leadDirectorates()), list(d.partners()),
                new HashSet<>(list(d.userEdited())), ActionStatus.valueOf(d.status()), d.progress(),
                directorates(d.coLeadDirectorates()), date(d.startDate()), date(d.endDate()),
                list(d.milestones()).stream().map(m -> new Milestone(m.id(), m.title(), LocalDate.parse(m.dueDate()),
                        m.done())).toList(),
                list(d.notes()).stream().map(n -> new FollowUpNote(n.id(), n.writtenAt(), n.author(), n.text()))
                        .toList(),
                list(d.budget()).stream().map(b -> new BudgetLine(b.year(), euros(b.plannedCents()),
                        euros(b.spentCents()))).toList(),
                list(d.indicatorIds()),
                list(d.history()).stream().map(h -> new ActionChange(h.at(), h.by(), h.field(), h.before(),
                        h.after())).toList(),
                d.version(), d.updatedAt(), d.updatedBy());
    }

    private static List<Directorate> directorates(List<String> codes) {
        return list(codes).stream().map(Directorate::valueOf).toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).longValueExact();
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
