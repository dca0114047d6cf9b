package fr.essor.procurement.suppliers.infrastructure;

import fr.essor.kit.outbox.AggregateStore;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.procurement.suppliers.application.SupplierProfiles;
import fr.essor.procurement.suppliers.domain.SupplierDetails;
import fr.essor.procurement.suppliers.domain.SupplierProfile;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Supplier profiles in MongoDB, written through the outbox store like every aggregate (no fact published yet). */
public class MongoSupplierProfiles implements SupplierProfiles {

    static final String COLLECTION = "supplierProfiles";

    private final AggregateStore<SupplierProfileDocument> store;

    public MongoSupplierProfiles(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes) {
        this.store = new AggregateStore<>(mongo, outbox, outboxes, COLLECTION, SupplierProfileDocument.class);
    }

    @Override
    public Optional<SupplierProfile> find(String siret) {
        return store.find(siret).map(MongoSupplierProfiles::toProfile);
    }

    @Override
    public void add(SupplierProfile profile) {
        if (!store.insertIfAbsent(toDocument(profile), List.of())) {
            throw new AlreadyDescribedException(profile.siret());
        }
    }

    @Override
    public void save(SupplierProfile profile, long expectedVersion) {
        store.update(profile.siret(), expectedVersion, toDocument(profile), List.of());
    }

    @Override
    public List<SupplierProfile> all(int limit) {
        Query query = new Query().with(Sort.by("_id")).limit(limit);
        return store.find(query).stream()
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
