package fr.essor.procurement.spaser.infrastructure;

import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.StaleAggregateException;
import fr.essor.procurement.spaser.application.Targets;
import fr.essor.procurement.spaser.domain.SpaserIndicator;
import fr.essor.procurement.spaser.domain.YearTargets;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The SPASER targets in MongoDB, one single-document write per change through the outbox store (no fact yet). */
public class MongoTargets implements Targets {

    static final String COLLECTION = "spaser-targets";

    private final MongoTemplate mongo;
    private final OutboxStore outbox;

    public MongoTargets(MongoTemplate mongo, OutboxStore outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Optional<YearTargets> find(int year) {
        return Optional.ofNullable(mongo.findById(year, TargetsDocument.class, COLLECTION)).map(MongoTargets::toTargets);
    }

    @Override
    public void save(YearTargets targets, long expectedVersion) {
        if (expectedVersion == 0) {
            try {
                outbox.insert(COLLECTION, toDocument(targets), List.of());
            } catch (DuplicateKeyException e) {
                throw new StaleAggregateException(COLLECTION, targets.year(), expectedVersion);
            }
        } else {
            outbox.update(COLLECTION, targets.year(), expectedVersion, toDocument(targets), List.of());
        }
    }

    private static TargetsDocument toDocument(YearTargets targets) {
        Map<String, String> values = new TreeMap<>();
        targets.targets().forEach((indicator, value) -> values.put(indicator.name(), value.toPlainString()));
        return new TargetsDocument(targets.year(), values, targets.version(), targets.updatedAt(),
                targets.updatedBy());
    }

    private static YearTargets toTargets(TargetsDocument doc) {
        Map<SpaserIndicator, BigDecimal> values = new EnumMap<>(SpaserIndicator.class);
        if (doc.targets() != null) {
            doc.targets().forEach((code, value) -> SpaserIndicator.parse(code)
                    .ifPresent(indicator -> values.put(indicator, new BigDecimal(value))));
        }
        return new YearTargets(doc.id(), values, doc.version(), doc.updatedAt(), doc.updatedBy());
    }
}
