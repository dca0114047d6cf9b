package fr.essor.procurement.suppliers.infrastructure;

import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.procurement.suppliers.application.SupplierProfiles;
import fr.essor.procurement.suppliers.domain.SupplierDetails;
import fr.essor.procurement.suppliers.domain.SupplierProfile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Supplier profiles in MongoDB, written through the outbox store like every aggregate (no fact published yet). */
public class MongoSupplierProfiles implements SupplierProfiles {

    static final String COLLECTION = "supplierProfiles";

    private final MongoTemplate mongo;
    private final OutboxStore outbox;

    public MongoSupplierProfiles(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes) {
        this.mongo = mongo;
        this.outbox = outbox;
        outboxes.register(COLLECTION);
    }

    @Override
    public Optional<SupplierProfile> find(String siret) {
        return Optional.ofNullable(mongo.findById(siret, SupplierProfileDocument.class, COLLECTION))
                .map(MongoSupplierProfiles::toProfile);
    }

    @Override
    public void add(SupplierProfile profile) {
        try {
            outbox.insert(COLLECTION, toDocument(profile), List.of());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDescribedException(profile.siret());
        }
    }

    @Override
    public void save(SupplierProfile profile, long expectedVersion) {
        outbox.update(COLLECTION, profile.siret(), expectedVersion, toDocument(profile), List.of());
    }

    @Override
    public List<SupplierProfile> all(int limit) {
        Query query = new Query().with(Sort.by("_id")).limit(limit);
        return mongo.find(query, SupplierProfileDocument.class, COLLECTION).stream()
                .map(MongoSupplierProfiles::toProfile).toList();
    }

    private static SupplierProfileDocument toDocument(SupplierProfile profile) {
        SupplierDetails d = profile.details();
        return new SupplierProfileDocument(profile.siret(), d.sectors(), d.territories(), d.workforce(),
                d.maxContractAmount() == null ? null : d.maxContractAmount().movePointRight(2).longValueExact(),
                d.description(), profile.version(), profile.createdAt(), profile.createdBy(), profile.updatedAt(),
                profile.updatedBy());
    }

    private static SupplierProfile toProfile(SupplierProfileDocument doc) {
        return new SupplierProfile(doc.id(), new SupplierDetails(doc.sectors(), doc.territories(), doc.workforce(),
                doc.maxContractAmountCents() == null ? null : BigDecimal.valueOf(doc.maxContractAmountCents(), 2),
                doc.description()), doc.version(), doc.createdAt(), doc.createdBy(), doc.updatedAt(), doc.updatedBy());
    }
}
