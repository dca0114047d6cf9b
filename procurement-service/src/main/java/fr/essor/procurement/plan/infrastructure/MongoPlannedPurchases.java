package fr.essor.procurement.plan.infrastructure;

import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.procurement.contracts.domain.CpvCode;
import fr.essor.procurement.plan.application.PlannedPurchases;
import fr.essor.procurement.plan.domain.PlannedPurchase;
import fr.essor.procurement.plan.domain.PurchaseTerms;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The purchase plan in MongoDB, each change one single-document write through the outbox store (no fact yet). */
public class MongoPlannedPurchases implements PlannedPurchases, DeclaresIndexes {

    static final String COLLECTION = "planned-purchases";

    private final MongoTemplate mongo;
    private final OutboxStore outbox;

    public MongoPlannedPurchases(MongoTemplate mongo, OutboxStore outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Optional<PlannedPurchase> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PlannedPurchaseDocument.class, COLLECTION))
                .map(MongoPlannedPurchases::toPurchase);
    }

    @Override
    public void add(PlannedPurchase purchase) {
        outbox.insert(COLLECTION, toDocument(purchase), List.of());
    }

    @Override
    public void save(PlannedPurchase purchase, long expectedVersion) {
        outbox.update(COLLECTION, purchase.id(), expectedVersion, toDocument(purchase), List.of());
    }

    /** {@link #planOf} a directorate, or of all, in the order of the expected date. */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "planned_purchases_directorate").asc("buyerDirectorate")
                        .asc("expectedOn").asc("_id"),
                QueryIndex.on(COLLECTION, "planned_purchases_expected").asc("expectedOn").asc("_id"));
    }

    @Override
    public List<PlannedPurchase> planOf(String buyerDirectorate) {
        Query query = buyerDirectorate == null ? new Query()
                : Query.query(Criteria.where("buyerDirectorate").is(buyerDirectorate));
        return mongo.find(query.with(Sort.by("expectedOn", "_id")), PlannedPurchaseDocument.class, COLLECTION)
                .stream().map(MongoPlannedPurchases::toPurchase).toList();
    }

    @Override
    public List<String> directorates() {
        // read and deduplicated here: the embedded store's support of the distinct command is not relied on
        return planOf(null).stream().map(p -> p.terms().buyerDirectorate()).distinct().sorted().toList();
    }

    private static PlannedPurchaseDocument toDocument(PlannedPurchase purchase) {
        PurchaseTerms t = purchase.terms();
        return new PlannedPurchaseDocument(purchase.id(), t.buyerDirectorate(), t.object(), t.cpvCode().value(),
                t.estimatedAmount().movePointRight(2).longValueExact(), t.expectedOn().toString(),
                t.territoryCode(), purchase.version(), purchase.createdAt(), purchase.createdBy(),
                purchase.updatedAt(), purchase.updatedBy());
    }

    private static PlannedPurchase toPurchase(PlannedPurchaseDocument doc) {
        return new PlannedPurchase(doc.id(), new PurchaseTerms(doc.buyerDirectorate(), doc.object(),
                new CpvCode(doc.cpvCode()), BigDecimal.valueOf(doc.estimatedAmountCents(), 2),
                LocalDate.parse(doc.expectedOn()), doc.territoryCode()), doc.version(), doc.createdAt(),
                doc.createdBy(), doc.updatedAt(), doc.updatedBy());
    }
}
