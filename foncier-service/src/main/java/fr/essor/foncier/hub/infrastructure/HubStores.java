package fr.essor.foncier.hub.infrastructure;

import fr.essor.foncier.hub.application.Buildings;
import fr.essor.foncier.hub.application.OccupancyApplications;
import fr.essor.foncier.hub.application.OccupancyCalls;
import fr.essor.foncier.hub.application.Spaces;
import fr.essor.foncier.hub.domain.ApplicationStatus;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.OccupancyApplication;
import fr.essor.foncier.hub.domain.OccupancyCall;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceAllocated;
import fr.essor.foncier.hub.domain.SpaceEvent;
import fr.essor.foncier.hub.domain.SpaceVacated;
import fr.essor.foncier.infrastructure.AggregateDocuments;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.StaleAggregateException;
import fr.essor.kit.outbox.Outboxes;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * The hub in MongoDB: {@code hub_buildings}, {@code hub_spaces} (with their allocations and outbox: an allocation
 * and its fact are one guarded document write), {@code hub_calls} and {@code hub_applications}.
 */
final class HubStores {

    private HubStores() {
    }

    static final class MongoSpaces implements Spaces {

        static final String COLLECTION = "hub_spaces";

        private final AggregateStore<Document> store;
        private final EventTypes eventTypes;
        private final JsonMapper json;
        private final AggregateDocuments documents;

        MongoSpaces(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                    JsonMapper json) {
            this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, Document.class);
            this.eventTypes = eventTypes;
            this.json = json;
            this.documents = new AggregateDocuments(json);
        }

        @Override
        public Optional<Space> find(String id) {
            return store.find(id).map(d -> documents.fromDocument(d, Space.class));
        }

        @Override
        public List<Space> all() {
            return store.find(new Query().with(Sort.by("_id"))).stream()
                    .map(d -> documents.fromDocument(d, Space.class)).toList();
        }

        @Override
        public void add(Space space) {
            store.insert(documents.toDocument(space.id(), space.version(), space), List.of());
        }

        @Override
        public void save(Space space, long expectedVersion, List<SpaceEvent> events) {
            store.update(space.id(), expectedVersion, documents.toDocument(space.id(), space.version(), space),
                    events.stream().map(this::toWire).toList());
        }

        private OutgoingEvent toWire(SpaceEvent event) {
            return switch (event) {
                case SpaceAllocated e -> {
                    Space s = e.space();
                    var a = e.allocation();
                    yield wire(e, "hub-space-allocated", s.id(), new HubPayloads.SpaceAllocatedPayload(e.eventId(),
                            s.id(), s.version(), a.id(), s.buildingCode(), s.details().name(),
                            s.details().type().name(), s.details().surface(), a.organisationId(),
                            a.organisationName(), a.planned().start().toString(),
                            a.planned().end() == null ? null : a.planned().end().toString(),
                            e.occurredAt().toString(), e.recordedBy()));
                }
                case SpaceVacated e -> {
                    Space s = e.space();
                    var a = e.allocation();
                    yield wire(e, "hub-space-vacated", s.id(), new HubPayloads.SpaceVacatedPayload(e.eventId(),
                            s.id(), s.version(), a.id(), s.details().surface(), a.organisationId(),
                            a.vacatedOn().toString(), e.occurredAt().toString(), e.recordedBy()));
                }
            };
        }

        private OutgoingEvent wire(SpaceEvent event, String fact, String spaceId, Object payload) {
            return new OutgoingEvent(event.eventId(), eventTypes.type(fact, 1), eventTypes.source(), spaceId,
                    eventTypes.topic("hub"), event.occurredAt(), json.writeValueAsString(payload));
        }
    }

    static final class MongoBuildings implements Buildings {

        static final String COLLECTION = "hub_buildings";

        private final MongoTemplate mongo;
        private final AggregateDocuments documents;

        MongoBuildings(MongoTemplate mongo, JsonMapper json) {
            this.mongo = mongo;
            this.documents = new AggregateDocuments(json);
        }

        @Override
        public List<Building> all() {
            return mongo.find(new Query().with(Sort.by("_id")), Document.class, COLLECTION).stream()
                    .map(this::toBuilding).toList();
        }

        @Override
        public Optional<Building> find(String code) {
            return Optional.ofNullable(mongo.findById(code, Document.class, COLLECTION)).map(this::toBuilding);
        }

        @Override
        public void save(Building building, long expectedVersion) {
            Document replacement = documents.toDocument(building.code(), building.version(), building);
            replacement.remove("code");
            var result = mongo.getCollection(COLLECTION).replaceOne(new Document("_id", building.code())
                    .append("version", expectedVersion), replacement);
            if (result.getMatchedCount() == 0) {
                throw new StaleAggregateException(COLLECTION, building.code(), expectedVersion);
            }
        }

        @Override
        public void loadReference(List<Building> catalogue) {
            for (Building building : catalogue) {
                if (!mongo.exists(Query.query(Criteria.where("_id").is(building.code())), COLLECTION)) {
                    try {
                        mongo.insert(documents.toDocument(building.code(), 1, building), COLLECTION);
                    } catch (DuplicateKeyException startedTogether) {
                        // another instance loaded it a moment ago: what is there stays
                    }
                }
            }
        }

        private Building toBuilding(Document document) {
            Document copy = new Document(document);
            copy.put("code", copy.get("_id"));
            return documents.fromDocument(copy, Building.class);
        }
    }

    static final class MongoCalls implements OccupancyCalls {

        static final String COLLECTION = "hub_calls";

        private final MongoTemplate mongo;
        private final AggregateDocuments documents;

        MongoCalls(MongoTemplate mongo, JsonMapper json) {
            this.mongo = mongo;
            this.documents = new AggregateDocuments(json);
        }

        @Override
        public List<OccupancyCall> all() {
            return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), Document.class, COLLECTION)
                    .stream().map(d -> documents.fromDocument(d, OccupancyCall.class)).toList();
        }

        @Override
        public Optional<OccupancyCall> find(String id) {
            return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                    .map(d -> documents.fromDocument(d, OccupancyCall.class));
        }

        @Override
        public void add(OccupancyCall call) {
            mongo.insert(documents.toDocument(call.id(), 1, call), COLLECTION);
        }
    }

    static final class MongoApplications implements OccupancyApplications, DeclaresIndexes {

        static final String COLLECTION = "hub_applications";

        private final MongoTemplate mongo;
        private final OutboxStore outbox;
        private final AggregateDocuments documents;

        MongoApplications(MongoTemplate mongo, OutboxStore outbox, JsonMapper json) {
            this.mongo = mongo;
            this.outbox = outbox;
            this.documents = new AggregateDocuments(json);
        }

        @Override
        public Optional<OccupancyApplication> find(String id) {
            return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(this::toApplication);
        }

        /** {@link #ofCall} and {@link #waiting}, by id (spaces, buildings and calls are listed by id). */
        @Override
        public List<QueryIndex> indexes() {
            return List.of(QueryIndex.on(COLLECTION, "hub_applications_call").asc("callId").asc("_id"),
                    QueryIndex.on(COLLECTION, "hub_applications_status").asc("status").asc("_id"));
        }

        @Override
        public List<OccupancyApplication> ofCall(String callId) {
            return list(Query.query(Criteria.where("callId").is(callId)));
        }

        @Override
        public List<OccupancyApplication> waiting() {
            return list(Query.query(Criteria.where("status").is(ApplicationStatus.WAITING_LIST.name())));
        }

        @Override
        public void add(OccupancyApplication application) {
            outbox.insert(COLLECTION, documents.toDocument(application.id(), application.version(), application),
                    List.of());
        }

        @Override
        public void save(OccupancyApplication application, long expectedVersion) {
            outbox.update(COLLECTION, application.id(), expectedVersion,
                    documents.toDocument(application.id(), application.version(), application), List.of());
        }

        private List<OccupancyApplication> list(Query query) {
            return mongo.find(query.with(Sort.by("_id")), Document.class, COLLECTION).stream()
                    .map(this::toApplication).toList();
        }

        private OccupancyApplication toApplication(Document document) {
            return documents.fromDocument(document, OccupancyApplication.class);
        }
    }
}
