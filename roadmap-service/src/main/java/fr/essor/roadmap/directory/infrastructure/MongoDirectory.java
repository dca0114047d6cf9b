package fr.essor.roadmap.directory.infrastructure;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.kit.ept.MongoFeedQueries;
import fr.essor.roadmap.directory.application.Directory;
import fr.essor.roadmap.directory.application.OrganisationFact;
import fr.essor.roadmap.directory.domain.Acquaintance;
import fr.essor.roadmap.directory.domain.DirectoryEntry;
import fr.essor.roadmap.directory.domain.DirectoryFilter;
import fr.essor.roadmap.directory.domain.Relationship;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The directory in MongoDB (collection {@code directory}, one document per organisation). Applying a fact and
 * marking it applied is one conditional upsert: the filter only matches while the reporting service's stored version
 * is lower, so a redelivered or replayed fact matches nothing and its upsert collides with the existing id.
 */
public class MongoDirectory implements Directory {

    static final String COLLECTION = "directory";

    /** When roadmap wrote the entry last: the EPT feed's order (a fact's own time may be much older on arrival). */
    static final String CHANGED_HERE_AT = "changedHereAt";

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoDirectory(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean record(String service, Relationship relationship, OrganisationFact fact) {
        String knownBy = "knownBy." + service;
        Query notYetApplied = Query.query(Criteria.where("_id").is(fact.organisationId()).orOperator(
                Criteria.where(knownBy + ".version").exists(false),
                Criteria.where(knownBy + ".version").lt(fact.version())));
        Date occurredAt = Date.from(Instant.parse(fact.occurredAt()));
        Update apply = new Update()
                .set("siret", fact.siret())
                .set("rna", fact.rna())
                .set("name", fact.name())
                .set("legalForm", fact.legalForm())
                .set("esus", fact.esus())
                .set("inclusionType", fact.inclusionType())
                .set("communeInsee", fact.communeInsee())
                .set("communeName", fact.communeName())
                .set("territoryCode", fact.territoryCode())
                .set("territoryName", fact.territoryName())
                .set("updatedAt", occurredAt)
                .set(CHANGED_HERE_AT, Date.from(clock.instant()))
                .set(knownBy + ".relationship", relationship.name())
                .set(knownBy + ".version", fact.version())
                .set(knownBy + ".lastChangeAt", occurredAt)
                .set(knownBy + ".lastChangeBy", fact.recordedBy())
                .inc("appliedFacts", 1);
        try {
            mongo.upsert(notYetApplied, apply, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    @Override
    public Optional<DirectoryEntry> findByIdentifier(String siretOrRna) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("_id").is(siretOrRna),
                Criteria.where("siret").is(siretOrRna), Criteria.where("rna").is(siretOrRna)));
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(MongoDirectory::toEntry);
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
