package fr.essor.roadmap.directory.infrastructure;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.kit.consuming.ApplyIfNewer;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.roadmap.directory.application.Directory;
import fr.essor.roadmap.directory.application.OrganisationFact;
import fr.essor.roadmap.directory.domain.Acquaintance;
import fr.essor.roadmap.directory.domain.DirectoryEntry;
import fr.essor.roadmap.directory.domain.DirectoryFilter;
import fr.essor.roadmap.directory.domain.Relationship;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory in MongoDB (collection {@code directory}, one document per organisation). Applying a fact and
 * marking it applied is one conditional upsert: the filter only matches while the reporting service's stored version
 * is lower, so a redelivered or replayed fact matches nothing and its upsert collides with the existing id.
 */
public class MongoDirectory implements Directory, DeclaresIndexes {

    static final String COLLECTION = "directory";

    /** When roadmap wrote the entry last: the EPT feed's order (a fact's own time may be much older on arrival). */
    static final String CHANGED_HERE_AT = "changedHereAt";

    private final MongoTemplate mongo;
    private final Clock clock;

    /** The organisation's version whose facts the entry shows (the same across the services, ADR-0021). */
    static final String DETAILS_VERSION = "detailsVersion";

    public MongoDirectory(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Applies an organisation fact of {@code service}: its marker ({@code knownBy.<service>}, the role, the version
     * applied) in one conditional upsert that a redelivered or older fact of that service does not match; then what
     * the organisation is (name, commune, …) only when this fact is the latest known across the services — one
     * version for an organisation whichever service changed it (ADR-0021), then the time — so that facts read out of
     * order from the three topics never bring an older name back.
     */
    @Override
    public boolean record(String service, Relationship relationship, OrganisationFact fact) {
        return recordOnce(service, relationship, fact);
    }

    @Override
    public long clear() {
        return mongo.remove(new Query(), COLLECTION).getDeletedCount();
    }

    private boolean recordOnce(String service, Relationship relationship, OrganisationFact fact) {
        String knownBy = "knownBy." + service;
        Date occurredAt = Date.from(OffsetDateTime.parse(fact.occurredAt()).toInstant());
        Update marker = new Update()
                .set(CHANGED_HERE_AT, Date.from(clock.instant()))
                .set(knownBy + ".relationship", relationship.name())
                .set(knownBy + ".version", fact.version())
                .set(knownBy + ".lastChangeAt", occurredAt)
                .set(knownBy + ".lastChangeBy", fact.recordedBy())
                .inc("appliedFacts", 1);
        details(fact, occurredAt).forEach(marker::setOnInsert);
        // first what the organisation is, when this fact is the latest known (idempotent by its own condition: a crash
        // before the marker below only makes the redelivery apply it again, to the same effect)
        Query olderDetails = Query.query(Criteria.where("_id").is(fact.organisationId()).orOperator(
                Criteria.where(DETAILS_VERSION).exists(false),
                Criteria.where(DETAILS_VERSION).lt(fact.version()),
                Criteria.where(DETAILS_VERSION).is(fact.version()).and("updatedAt").lt(occurredAt)));
        Update newer = new Update();
        details(fact, occurredAt).forEach(newer::set);
        mongo.updateFirst(olderDetails, newer, COLLECTION);
        // then this service's marker, which also creates the entry with the fact's details (an entry created
        // meanwhile by a concurrent writer, the live binding and a rebuild's replay, is decided again as an update)
        return new ApplyIfNewer(mongo, COLLECTION).apply(fact.organisationId(),
                ApplyIfNewer.olderThan(knownBy + ".version", fact.version()), marker);
    }

    private static Map<String, Object> details(OrganisationFact fact, Date occurredAt) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("siret", fact.siret());
        details.put("rna", fact.rna());
        details.put("name", fact.name());
        details.put("legalForm", fact.legalForm());
        details.put("esus", fact.esus());
        details.put("inclusionType", fact.inclusionType());
        details.put("communeInsee", fact.communeInsee());
        details.put("communeName", fact.communeName());
        details.put("territoryCode", fact.territoryCode());
        details.put("territoryName", fact.territoryName());
        details.put("updatedAt", occurredAt);
        details.put(DETAILS_VERSION, fact.version());
        return details;
    }

    /**
     * {@link #findByIdentifier} (each of its lookups by its own index), {@link #search} by territory,
     * commune or legal form in the order of names (two filters: one index, the others on fetch; ESUS alone or none:
     * the names' index), and the EPT feed {@link #territoryFeed} in the order of {@code changedHereAt}.
     */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "directory_siret").asc("siret"),
                QueryIndex.on(COLLECTION, "directory_rna").asc("rna"),
                QueryIndex.on(COLLECTION, "directory_territory_name").asc("territoryCode").asc("name"),
                QueryIndex.on(COLLECTION, "directory_commune_name").asc("communeInsee").asc("name"),
                QueryIndex.on(COLLECTION, "directory_legal_form_name").asc("legalForm").asc("name"),
                QueryIndex.on(COLLECTION, "directory_name").asc("name"),
                MongoFeedQueries.index(COLLECTION, "directory_territory_feed", "territoryCode", CHANGED_HERE_AT));
    }

    /**
     * The entry by its id, else its SIRET, else its RNA number: three exact lookups, each on its own index, rather than
     * one {@code $or} (the embedded store reads the whole collection for an {@code $or}).
     */
    @Override
    public Optional<DirectoryEntry> findByIdentifier(String siretOrRna) {
        return Stream.of("_id", "siret", "rna")
                .map(field -> mongo.findOne(Query.query(Criteria.where(field).is(siretOrRna)), Document.class,
                        COLLECTION))
                .filter(Objects::nonNull).findFirst().map(MongoDirectory::toEntry);
    }

    @Override
    public List<DirectoryEntry> search(DirectoryFilter filter, int limit) {
        Criteria criteria = new Criteria();
        List<Criteria> conditions = new ArrayList<>();
        if (filter.territoryCode() != null) {
            conditions.add(Criteria.where("territoryCode").is(filter.territoryCode()));
        }
        if (filter.communeInsee() != null) {
            conditions.add(Criteria.where("communeInsee").is(filter.communeInsee()));
        }
        if (filter.legalForm() != null) {
            conditions.add(Criteria.where("legalForm").is(filter.legalForm()));
        }
        if (filter.esus() != null) {
            conditions.add(Criteria.where("esus").is(filter.esus()));
        }
        if (!conditions.isEmpty()) {
            criteria.andOperator(conditions);
        }
        Query query = Query.query(criteria).with(Sort.by("name")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(MongoDirectory::toEntry).toList();
    }

    @Override
    public List<DirectoryEntry> territoryFeed(String territoryCode, FeedWindow window) {
        return mongo.find(MongoFeedQueries.page(Criteria.where("territoryCode").is(territoryCode), CHANGED_HERE_AT,
                window), Document.class, COLLECTION).stream().map(MongoDirectory::toEntry).toList();
    }

    /** How many facts were applied to an organisation's entry: a duplicate never raises it. */
    public long appliedFacts(String organisationId) {
        Document document = mongo.findById(organisationId, Document.class, COLLECTION);
        return document == null ? 0 : ((Number) document.get("appliedFacts")).longValue();
    }

    private static DirectoryEntry toEntry(Document document) {
        List<Acquaintance> knownBy = new ArrayList<>();
        Document services = document.get("knownBy", Document.class);
        if (services != null) {
            services.forEach((service, value) -> {
                Document acquaintance = (Document) value;
                knownBy.add(new Acquaintance(service, Relationship.valueOf(acquaintance.getString("relationship")),
                        ((Number) acquaintance.get("version")).longValue(),
                        acquaintance.getDate("lastChangeAt").toInstant(), acquaintance.getString("lastChangeBy")));
            });
        }
        Date updatedAt = document.getDate("updatedAt");
        Date changedHereAt = document.getDate(CHANGED_HERE_AT);
        return new DirectoryEntry(document.getString("_id"), document.getString("siret"), document.getString("rna"),
                document.getString("name"), document.getString("legalForm"), document.getBoolean("esus", false),
                document.getString("inclusionType"), document.getString("communeInsee"),
                document.getString("communeName"), document.getString("territoryCode"),
                document.getString("territoryName"), updatedAt == null ? null : updatedAt.toInstant(),
                changedHereAt == null ? null : changedHereAt.toInstant(), List.copyOf(knownBy));
    }
}
