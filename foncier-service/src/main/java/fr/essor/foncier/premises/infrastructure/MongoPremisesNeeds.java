package fr.essor.foncier.premises.infrastructure;

import fr.essor.foncier.premises.application.PremisesFilter;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.NeedRegistered;
import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.foncier.premises.domain.OrganisationRef;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.SurfaceRange;
import fr.essor.foncier.premises.domain.Tenure;
import fr.essor.foncier.premises.domain.Usage;
import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Premises needs in MongoDB; registering one writes the need and its fact in one document write (outbox). */
public class MongoPremisesNeeds implements PremisesNeeds, DeclaresIndexes {

    static final String COLLECTION = "premises_needs";
    static final String TOPIC_FAMILY = "premises";

    private final AggregateStore<NeedDocument> store;
    private final Communes communes;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoPremisesNeeds(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                              EventTypes eventTypes, JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, NeedDocument.class);
        this.communes = communes;
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public Optional<PremisesNeed> find(String needId) {
        return store.find(needId).map(this::toNeed);
    }

    /**
     * {@link #search} by territory concerned or status (latest registered first) or none, the EPT feed {@link #feed},
     * and {@link #activeAccepting} (the active statuses, then the smallest surface's range; the largest on fetch).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "premises_needs_territory_registered").asc("concernedTerritories")
                        .desc("registeredAt"),
                QueryIndex.on(COLLECTION, "premises_needs_status_registered").asc("status").desc("registeredAt"),
                QueryIndex.on(COLLECTION, "premises_needs_registered").desc("registeredAt"),
                MongoFeedQueries.index(COLLECTION, "premises_needs_territory_feed", "concernedTerritories",
                        "updatedAt"),
                QueryIndex.on(COLLECTION, "premises_needs_status_surface").asc("status").asc("surfaceMin"));
    }

    @Override
    public List<PremisesNeed> search(PremisesFilter filter, int limit) {
        List<Criteria> conditions = new ArrayList<>();
        if (filter.territoryCode() != null) {
            conditions.add(Criteria.where("concernedTerritories").is(filter.territoryCode()));
        }
        if (filter.status() != null) {
            conditions.add(Criteria.where("status").is(filter.status()));
        }
        Query query = conditions.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(conditions));
        query.with(Sort.by(Sort.Direction.DESC, "registeredAt")).limit(limit);
        return store.find(query).stream().map(this::toNeed).toList();
    }

    @Override
    public List<PremisesNeed> feed(String territoryCode, FeedWindow window) {
        return store.find(MongoFeedQueries.page(Criteria.where("concernedTerritories").is(territoryCode), "updatedAt", window))
                .stream().map(this::toNeed).toList();
    }

    @Override
    public List<PremisesNeed> activeAccepting(int surface) {
        Query query = Query.query(Criteria.where("status").in(NeedStatus.OPEN.name(), NeedStatus.IN_CONTACT.name())
                .and("surfaceMin").lte(surface).and("surfaceMax").gte(surface));
        return store.find(query).stream().map(this::toNeed).toList();
    }

    @Override
    public void add(PremisesNeed need, NeedRegistered registered) {
        store.insert(toDocument(need), List.of(toWire(registered)));
    }

    @Override
    public void save(PremisesNeed need, long expectedVersion) {
        store.update(need.id(), expectedVersion, toDocument(need), List.of());
    }

    private OutgoingEvent toWire(NeedRegistered event) {
        NeedDetails d = event.details();
        var payload = new PremisesPayloads.NeedRegisteredPayload(event.eventId(), event.needId(), event.version(),
                event.organisation().id(), event.organisation().name(), usages(d), d.surface().min(),
                d.surface().max(), d.communes().stream().map(Commune::inseeCode).toList(),
                d.territories().stream().map(Territory::code).toList(), d.maxRentPerSquareMetre(),
                d.neededFrom().toString(), d.tenure().name(), d.durationMonths(), d.accessibilityRequired(),
                d.erpRequired(), NeedStatus.OPEN.name(), event.occurredAt().toString(), event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type("premises-need-registered", 1), eventTypes.source(),
                event.needId(), eventTypes.topic(TOPIC_FAMILY), event.occurredAt(), json.writeValueAsString(payload));
    }

    private static List<String> usages(NeedDetails d) {
        return d.usages().stream().sorted().map(Usage::name).toList();
    }

    private NeedDocument toDocument(PremisesNeed need) {
        NeedDetails d = need.details();
        List<String> concerned = d.anywhere() ? communes.territories().stream().map(Territory::code).toList()
                : List.copyOf(d.concernedTerritoryCodes());
        return new NeedDocument(need.id(), need.organisation().id(), need.organisation().name(), usages(d),
                d.surface().min(), d.surface().max(), d.communes().stream().map(Commune::inseeCode).toList(),
                d.territories().stream().map(Territory::code).toList(), concerned,
                d.maxRentPerSquareMetre() == null ? null : d.maxRentPerSquareMetre().toPlainString(),
                d.neededFrom().toString(), d.tenure().name(), d.durationMonths(), d.accessibilityRequired(),
                d.erpRequired(), d.notes(), need.status().name(), need.version(), need.registeredAt(),
                need.registeredBy(), need.updatedAt(), need.updatedBy());
    }

    private PremisesNeed toNeed(NeedDocument doc) {
        List<Commune> wantedCommunes = doc.communeInsees().stream().map(insee -> communes.find(insee).orElseThrow(() ->
                new IllegalStateException("Unknown commune " + insee + " in need " + doc.id()))).toList();
        List<Territory> wantedTerritories = doc.territoryCodes().stream().map(code -> communes.territories().stream()
                .filter(t -> t.code().equals(code)).findFirst().orElseThrow(() ->
                        new IllegalStateException("Unknown territory " + code + " in need " + doc.id()))).toList();
        NeedDetails details = new NeedDetails(
                doc.usages().stream().map(Usage::valueOf).collect(java.util.stream.Collectors.toSet()),
                new SurfaceRange(doc.surfaceMin(), doc.surfaceMax()), wantedCommunes, wantedTerritories,
                doc.maxRentPerSquareMetre() == null ? null : new BigDecimal(doc.maxRentPerSquareMetre()),
                LocalDate.parse(doc.neededFrom()), Tenure.valueOf(doc.tenure()), doc.durationMonths(),
                doc.accessibilityRequired(), doc.erpRequired(), doc.notes());
        return new PremisesNeed(doc.id(), new OrganisationRef(doc.organisationId(), doc.organisationName()), details,
                NeedStatus.valueOf(doc.status()), doc.version(), doc.registeredAt(), doc.registeredBy(),
                doc.updatedAt(), doc.updatedBy());
    }
}
