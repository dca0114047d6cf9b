package fr.essor.procurement.sourcing.infrastructure;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.procurement.sourcing.application.Meetings;
import fr.essor.procurement.sourcing.domain.DiscussedNeed;
import fr.essor.procurement.sourcing.domain.Meeting;
import fr.essor.procurement.sourcing.domain.MeetingKind;
import fr.essor.procurement.sourcing.domain.Participant;
import fr.essor.procurement.sourcing.infrastructure.MeetingDocument.DiscussedNeedDocument;
import fr.essor.procurement.sourcing.infrastructure.MeetingDocument.ParticipantDocument;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Meetings in MongoDB (collection {@code sourcing-meetings}), each change one version-guarded write (no fact). */
public class MongoMeetings implements Meetings, DeclaresIndexes {

    static final String COLLECTION = "sourcing-meetings";

    private final MongoTemplate mongo;
    private final OutboxStore outbox;

    public MongoMeetings(MongoTemplate mongo, OutboxStore outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Optional<Meeting> find(String id) {
        return Optional.ofNullable(mongo.findById(id, MeetingDocument.class, COLLECTION)).map(MongoMeetings::toMeeting);
    }

    @Override
    public void add(Meeting meeting) {
        outbox.insert(COLLECTION, toDocument(meeting), List.of());
    }

    @Override
    public void save(Meeting meeting, long expectedVersion) {
        outbox.update(COLLECTION, meeting.id(), expectedVersion, toDocument(meeting), List.of());
    }

    /** {@link #all} and {@link #discussing} a need, latest first; the EPT feed {@link #discussingAny}. */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "sourcing_meetings_held").desc("heldOn").desc("_id"),
                QueryIndex.on(COLLECTION, "sourcing_meetings_need_held").asc("needIds").desc("heldOn").desc("_id"),
                MongoFeedQueries.index(COLLECTION, "sourcing_meetings_need_feed", "needIds", "updatedAt"));
    }

    @Override
    public List<Meeting> all() {
        return find(new Query());
    }

    @Override
    public List<Meeting> discussingAny(Collection<String> needIds, FeedWindow window) {
        return mongo.find(MongoFeedQueries.page(Criteria.where("needIds").in(needIds), "updatedAt", window),
                MeetingDocument.class, COLLECTION).stream().map(MongoMeetings::toMeeting).toList();
    }

    @Override
    public List<Meeting> discussing(String needId) {
        return find(Query.query(Criteria.where("needIds").is(needId)));
    }

    private List<Meeting> find(Query query) {
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "heldOn", "_id")), MeetingDocument.class,
                COLLECTION).stream().map(MongoMeetings::toMeeting).toList();
    }

    private static MeetingDocument toDocument(Meeting meeting) {
        return new MeetingDocument(meeting.id(), meeting.kind().name(), meeting.title(), meeting.heldOn().toString(),
                meeting.place(), meeting.participants().stream()
                .map(p -> new ParticipantDocument(p.organisationId(), p.name(), p.addedAt(), p.addedBy())).toList(),
                meeting.needs().stream()
                        .map(n -> new DiscussedNeedDocument(n.needId(), n.object(), n.addedAt(), n.addedBy())).toList(),
                meeting.needs().stream().map(DiscussedNeed::needId).toList(), meeting.version(), meeting.createdAt(),
                meeting.createdBy(), meeting.updatedAt(), meeting.updatedBy());
    }

    private static Meeting toMeeting(MeetingDocument doc) {
        return new Meeting(doc.id(), MeetingKind.valueOf(doc.kind()), doc.title(), LocalDate.parse(doc.heldOn()),
                doc.place(), doc.participants() == null ? List.of() : doc.participants().stream()
                .map(p -> new Participant(p.organisationId(), p.name(), p.addedAt(), p.addedBy())).toList(),
                doc.needs() == null ? List.of() : doc.needs().stream()
                        .map(n -> new DiscussedNeed(n.needId(), n.object(), n.addedAt(), n.addedBy())).toList(),
                doc.version(), doc.createdAt(), doc.createdBy(), doc.updatedAt(), doc.updatedBy());
    }
}
