package fr.essor.kit.organisations.infrastructure;

import fr.essor.kit.consuming.ApplyIfNewer;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.organisations.domain.OrganisationEvent;
import fr.essor.kit.organisations.domain.OrganisationQuery;
import fr.essor.kit.organisations.domain.OrganisationRegistered;
import fr.essor.kit.organisations.domain.OrganisationUpdated;
import fr.essor.kit.organisations.domain.Rna;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Organisations in MongoDB, each save writing state and facts in one document write through the outbox; a copy of
 * another service's fact is one conditional upsert that matches only while what is held is older (ADR-0021).
 */
public class MongoOrganisations implements Organisations, DeclaresIndexes {

    static final String COLLECTION = "organisations";
    static final String TOPIC_FAMILY = "organisations";

    private final MongoTemplate mongo;
    private final AggregateStore<OrganisationDocument> store;
    private final Communes communes;
    private final EventTypes eventTypes;
    private final JsonMapper json;
    private final String registeredAs;

    public MongoOrganisations(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                              EventTypes eventTypes, JsonMapper json, String registeredAs) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, OrganisationDocument.class);
        this.communes = communes;
        this.eventTypes = eventTypes;
        this.json = json;
        this.registeredAs = registeredAs;
    }

    @Override
    public Optional<Organisation> find(String organisationId) {
        return store.find(organisationId).map(this::toOrganisation);
    }

    /**
     * {@link #findByIdentifier} and {@link #search} by SIRET, SIREN (an anchored prefix of the SIRET) or RNA; a search
     * by name in the order of {@code nameKey} (its words are matched on the index keys); {@link #list} by name.
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "organisations_siret").asc("siret"),
                QueryIndex.on(COLLECTION, "organisations_rna").asc("rna"),
                QueryIndex.on(COLLECTION, "organisations_name_key").asc("nameKey"),
                QueryIndex.on(COLLECTION, "organisations_name").asc("name"));
    }

    @Override
    public Optional<Organisation> findByIdentifier(String siretOrRna) {
        Criteria identified = switch (OrganisationQuery.of(siretOrRna)) {
            case OrganisationQuery.BySiret q -> Criteria.where("siret").is(q.siret());
            case OrganisationQuery.ByRna q -> Criteria.where("rna").is(q.rna());
            default -> null;
        };
        return identified == null ? Optional.empty() : store.findOne(Query.query(identified)).map(this::toOrganisation);
    }

    @Override
    public List<Organisation> search(OrganisationQuery query, int limit) {
        Criteria criteria = switch (query) {
            case OrganisationQuery.BySiret q -> Criteria.where("siret").is(q.siret());
            case OrganisationQuery.BySiren q -> Criteria.where("siret").regex("^" + q.siren());
            case OrganisationQuery.ByRna q -> Criteria.where("rna").is(q.rna());
            // every word typed, anywhere in the name (« cantine lilas » finds « Cantine des Lilas »); a key holds
            // letters, digits and single spaces only, so its words are safe in a pattern
            case OrganisationQuery.ByName q -> new Criteria().andOperator(Arrays.stream(q.key().split(" "))
                    .map(word -> Criteria.where("nameKey").regex(word)).toArray(Criteria[]::new));
            case OrganisationQuery.Nothing q -> null;
        };
        if (criteria == null) {
            return List.of();
        }
        return store.find(Query.query(criteria).with(Sort.by("nameKey")).limit(limit)).stream()
                .map(this::toOrganisation).toList();
    }

    /** Gives the organisations stored before searches by name existed their {@code nameKey}; returns how many. */
    public int keyNames() {
        int keyed = 0;
        for (Document d : mongo.find(Query.query(Criteria.where("nameKey").exists(false)), Document.class,
                COLLECTION)) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(d.get("_id")).and("nameKey").exists(false)),
                    new Update().set("nameKey", OrganisationQuery.nameKey(d.getString("name"))), COLLECTION);
            keyed++;
        }
        return keyed;
    }

    @Override
    public List<Organisation> list(int limit) {
        Query query = new Query().with(Sort.by("name")).limit(limit);
        return store.find(query).stream().map(this::toOrganisation).toList();
    }

    @Override
    public void add(Organisation organisation, OrganisationRegistered registered) {
        if (!store.insertIfAbsent(toDocument(organisation), List.of(toWire(registered, "organisation-registered")))) {
            throw new AlreadyRegisteredException(organisation.id());
        }
    }

    @Override
    public void save(Organisation organisation, long expectedVersion, OrganisationUpdated updated) {
        store.update(organisation.id(), expectedVersion, toDocument(organisation),
                List.of(toWire(updated, "organisation-updated")));
    }

    @Override
    public boolean copy(Organisation copy, String origin) {
        long version = copy.version();
        Date at = Date.from(copy.updatedAt());
        Criteria later = new Criteria().orOperator(
                Criteria.where("version").lt(version),
                Criteria.where("version").is(version).and("updatedAt").lt(at),
                Criteria.where("version").is(version).and("updatedAt").is(at).and("origin").lt(origin));
        // the copy's fields as the store writes an organisation of its own; the registration only when first held
        Document fields = new Document();
        mongo.getConverter().write(toDocument(copy, origin), fields);
        Update apply = new Update();
        fields.forEach((name, value) -> {
            switch (name) {
                case "_id" -> { }
                case "registeredAt", "registeredBy" -> apply.setOnInsert(name, value);
                default -> apply.set(name, value);
            }
        });
        return new ApplyIfNewer(mongo, COLLECTION).apply(copy.id(), later, apply);
    }

    @Override
    public void keepEarliestRegistration(String organisationId, Instant registeredAt, String registeredBy) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(organisationId).and("registeredAt")
                        .gt(Date.from(registeredAt))),
                new Update().set("registeredAt", Date.from(registeredAt)).set("registeredBy", registeredBy),
                COLLECTION);
    }

    private OutgoingEvent toWire(OrganisationEvent event, String fact) {
        OrganisationDetails d = event.details();
        OrganisationPayload payload = new OrganisationPayload(event.eventId(), event.organisationId(), event.version(),
                d.siret() == null ? null : d.siret().value(), d.rna() == null ? null : d.rna().value(), d.name(),
                d.legalForm().name(), d.esus(), d.inclusionType() == null ? null : d.inclusionType().name(),
                d.commune().inseeCode(), d.commune().name(), d.commune().territory().code(),
                d.commune().territory().name(), registeredAs, event.occurredAt().toString(), event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type(fact, 1), eventTypes.source(), event.organisationId(),
                eventTypes.topic(TOPIC_FAMILY), event.occurredAt(), json.writeValueAsString(payload));
    }

    private OrganisationDocument toDocument(Organisation organisation) {
        return toDocument(organisation, eventTypes.source());
    }

    private OrganisationDocument toDocument(Organisation organisation, String origin) {
        OrganisationDetails d = organisation.details();
        return new OrganisationDocument(organisation.id(), d.siret() == null ? null : d.siret().value(),
                d.rna() == null ? null : d.rna().value(), d.name(), OrganisationQuery.nameKey(d.name()),
                d.legalForm().name(), d.esus(), d.inclusionType() == null ? null : d.inclusionType().name(),
                d.commune().inseeCode(), d.commune().name(), d.commune().territory().code(),
                d.commune().territory().name(), organisation.version(), organisation.registeredAt(), organisation.registeredBy(),
                organisation.updatedAt(), organisation.updatedBy(), origin);
    }

    private Organisation toOrganisation(OrganisationDocument doc) {
        OrganisationDetails details = new OrganisationDetails(doc.siret() == null ? null : new Siret(doc.siret()),
                doc.rna() == null ? null : new Rna(doc.rna()), doc.name(), LegalForm.valueOf(doc.legalForm()),
                doc.esus(), doc.inclusionType() == null ? null : InclusionType.valueOf(doc.inclusionType()),
                communes.find(doc.communeInsee()).orElseThrow(() ->
                        new IllegalStateException("Unknown commune " + doc.communeInsee() + " for " + doc.id())));
        return new Organisation(doc.id(), details, doc.version(), doc.registeredAt(), doc.registeredBy(),
                doc.updatedAt(), doc.updatedBy());
    }
}
