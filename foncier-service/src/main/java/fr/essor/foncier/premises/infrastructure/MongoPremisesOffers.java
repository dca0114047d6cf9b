package fr.essor.foncier.premises.infrastructure;

import fr.essor.foncier.premises.application.PremisesFilter;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.domain.OfferDetails;
import fr.essor.foncier.premises.domain.OfferPublished;
import fr.essor.foncier.premises.domain.OfferStatus;
import fr.essor.foncier.premises.domain.OwnerType;
import fr.essor.foncier.premises.domain.PremisesOffer;
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
import fr.essor.kit.reference.Communes;
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
import java.util.stream.Collectors;

/** Premises offers in MongoDB; publishing one writes the offer and its fact in one document write (outbox). */
public class MongoPremisesOffers implements PremisesOffers, DeclaresIndexes {

    static final String COLLECTION = "premises_offers";

    private final AggregateStore<OfferDocument> store;
    private final Communes communes;
    private final EventTypes eventTypes;
    private final JsonMapper json;

    public MongoPremisesOffers(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                               EventTypes eventTypes, JsonMapper json) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, OfferDocument.class);
        this.communes = communes;
        this.eventTypes = eventTypes;
        this.json = json;
    }

    @Override
    public Optional<PremisesOffer> find(String offerId) {
        return store.find(offerId).map(this::toOffer);
    }

    /**
     * {@link #search} by territory or status (latest published first; both: the territory's, status on fetch) or
     * none, the EPT feed {@link #feed}, and {@link #availableBetween} (available, then the surface range).
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "premises_offers_territory_published").asc("territoryCode")
                        .desc("publishedAt"),
                QueryIndex.on(COLLECTION, "premises_offers_status_published").asc("status").desc("publishedAt"),
                QueryIndex.on(COLLECTION, "premises_offers_published").desc("publishedAt"),
                MongoFeedQueries.index(COLLECTION, "premises_offers_territory_feed", "territoryCode", "updatedAt"),
                QueryIndex.on(COLLECTION, "premises_offers_status_surface").asc("status").asc("surface"));
    }

    @Override
    public List<PremisesOffer> search(PremisesFilter filter, int limit) {
        List<Criteria> conditions = new ArrayList<>();
        if (filter.territoryCode() != null) {
            conditions.add(Criteria.where("territoryCode").is(filter.territoryCode()));
        }
        if (filter.status() != null) {
            conditions.add(Criteria.where("status").is(filter.status()));
        }
        Query query = conditions.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(conditions));
        query.with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(limit);
        return store.find(query).stream().map(this::toOffer).toList();
    }

    @Override
    public List<PremisesOffer> feed(String territoryCode, FeedWindow window) {
        return store.find(MongoFeedQueries.page(Criteria.where("territoryCode").is(territoryCode), "updatedAt", window))
                .stream().map(this::toOffer).toList();
    }

    @Override
    public List<PremisesOffer> availableBetween(int minSurface, int maxSurface) {
        Query query = Query.query(Criteria.where("status").is(OfferStatus.AVAILABLE.name())
                .and("surface").gte(minSurface).lte(maxSurface));
        return store.find(query).stream().map(this::toOffer).toList();
    }

    @Override
    public void add(PremisesOffer offer, OfferPublished published) {
        store.insert(toDocument(offer), List.of(toWire(published)));
    }

    @Override
    public void save(PremisesOffer offer, long expectedVersion) {
        store.update(offer.id(), expectedVersion, toDocument(offer), List.of());
    }

    private OutgoingEvent toWire(OfferPublished event) {
        OfferDetails d = event.details();
        var payload = new PremisesPayloads.OfferPublishedPayload(event.eventId(), event.offerId(), event.version(),
                d.ownerType().name(), d.address(), d.commune().inseeCode(), d.commune().territory().code(),
                d.surface(), usages(d), d.rentPerSquareMetre(), d.availableFrom().toString(),
                d.availableUntil() == null ? null : d.availableUntil().toString(), d.tenure().name(), d.erpCategory(),
                d.accessible(), OfferStatus.AVAILABLE.name(), event.occurredAt().toString(), event.recordedBy());
        return new OutgoingEvent(event.eventId(), eventTypes.type("premises-offer-published", 1),
                eventTypes.source(), event.offerId(), eventTypes.topic(MongoPremisesNeeds.TOPIC_FAMILY),
                event.occurredAt(), json.writeValueAsString(payload));
    }

    private static List<String> usages(OfferDetails d) {
        return d.allowedUsages().stream().sorted().map(Usage::name).toList();
    }

    private static OfferDocument toDocument(PremisesOffer offer) {
        OfferDetails d = offer.details();
        return new OfferDocument(offer.id(), d.ownerType().name(), d.ownerName(), d.address(),
                d.commune().inseeCode(), d.commune().territory().code(), d.surface(), usages(d),
                d.rentPerSquareMetre().toPlainString(), d.availableFrom().toString(),
                d.availableUntil() == null ? null : d.availableUntil().toString(), d.tenure().name(),
                d.erpCategory(), d.accessible(), d.notes(), offer.status().name(), offer.version(),
                offer.publishedAt(), offer.publishedBy(), offer.updatedAt(), offer.updatedBy());
    }

    private PremisesOffer toOffer(OfferDocument doc) {
        OfferDetails details = new OfferDetails(OwnerType.valueOf(doc.ownerType()), doc.ownerName(), doc.address(),
                communes.find(doc.communeInsee()).orElseThrow(() ->
                        new IllegalStateException("Unknown commune " + doc.communeInsee() + " in offer " + doc.id())),
                doc.surface(), doc.allowedUsages().stream().map(Usage::valueOf).collect(Collectors.toSet()),
                new BigDecimal(doc.rentPerSquareMetre()), LocalDate.parse(doc.availableFrom()),
                doc.availableUntil() == null ? null : LocalDate.parse(doc.availableUntil()),
                Tenure.valueOf(doc.tenure()), doc.erpCategory(), doc.accessible(), doc.notes());
        return new PremisesOffer(doc.id(), details, OfferStatus.valueOf(doc.status()), doc.version(),
                doc.publishedAt(), doc.publishedBy(), doc.updatedAt(), doc.updatedBy());
    }
}
