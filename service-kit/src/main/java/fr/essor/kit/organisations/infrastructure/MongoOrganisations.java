package fr.essor.kit.organisations.infrastructure;

import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.organisations.domain.OrganisationEvent;
import fr.essor.kit.organisations.domain.OrganisationRegistered;
import fr.essor.kit.organisations.domain.OrganisationUpdated;
import fr.essor.kit.organisations.domain.Rna;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/** Organisations in MongoDB, each save writing state and facts in one document write through the outbox. */
public class MongoOrganisations implements Organisations {

    static final String COLLECTION = "organisations";
    static final String TOPIC_FAMILY = "organisations";

    private final AggregateStore<OrganisationDocument> store;
    private final Communes communes;
    private final EventTypes eventTypes;
    private final JsonMapper json;
    private final String registeredAs;

    public MongoOrganisations(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                              EventTypes eventTypes, JsonMapper json, String registeredAs) {
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

    @Override
    public Optional<Organisation> findByIdentifier(String siretOrRna) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("siret").is(siretOrRna),
                Criteria.where("rna").is(siretOrRna)));
        return store.findOne(query).map(this::toOrganisation);
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

    private static OrganisationDocument toDocument(Organisation organisation) {
        OrganisationDetails d = organisation.details();
        return new OrganisationDocument(organisation.id(), d.siret() == null ? null : d.siret().value(),
                d.rna() == null ? null : d.rna().value(), d.name(), d.legalForm().name(), d.esus(),
                d.inclusionType() == null ? null : d.inclusionType().name(), d.commune().inseeCode(),
                d.commune().name(), d.commune().territory().code(), d.commune().territory().name(),
                organisation.version(), organisation.registeredAt(), organisation.registeredBy(),
                organisation.updatedAt(), organisation.updatedBy());
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
