package fr.essor.funding.aaa.infrastructure;

import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.CallDefinition;
import fr.essor.funding.aaa.domain.Criterion;
import fr.essor.funding.aaa.domain.ScoringGrid;
import fr.essor.kit.indexes.DeclaresIndexes;
import fr.essor.kit.indexes.QueryIndex;
import fr.essor.kit.outbox.OutboxStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The calls in MongoDB, written with the version guard of the outbox store (a call publishes no fact). */
public class MongoCalls implements Calls, DeclaresIndexes {

    static final String COLLECTION = "aaa_calls";

    private final MongoTemplate mongo;
    private final OutboxStore store;

    public MongoCalls(MongoTemplate mongo, OutboxStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Optional<Call> find(int year) {
        return Optional.ofNullable(mongo.findById(Call.idOf(year), CallDocument.class, COLLECTION))
                .map(MongoCalls::toCall);
    }

    @Override
    public List<Call> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "year")), CallDocument.class, COLLECTION)
                .stream().map(MongoCalls::toCall).toList();
    }

    @Override
    public void add(Call call) {
        try {
            store.insert(COLLECTION, toDocument(call), List.of());
        } catch (DuplicateKeyException e) {
            throw new AlreadyDefinedException(call.year());
        }
    }

    @Override
    public void save(Call call, long expectedVersion) {
        store.update(COLLECTION, call.id(), expectedVersion, toDocument(call), List.of());
    }

    static CallDocument toDocument(Call call) {
        CallDefinition d = call.definition();
        return new CallDocument(call.id(), d.year(), d.title(), d.themes(), Money.cents(d.operatingEnvelope()),
                Money.cents(d.investmentEnvelope()), d.opensOn().toString(), d.closesOn().toString(),
                d.twoYearApplications(), d.grid().criteria().stream()
                .map(c -> new CallDocument.CriterionDocument(c.code(), c.label(), c.weight())).toList(),
                d.territoryTargets(), call.version(), call.createdAt(), call.createdBy(), call.updatedAt(),
                call.updatedBy());
    }

    static Call toCall(CallDocument d) {
        CallDefinition definition = new CallDefinition(d.year(), d.title(), d.themes(),
                Money.euros(d.operatingEnvelopeCents()), Money.euros(d.investmentEnvelopeCents()),
                LocalDate.parse(d.opensOn()), LocalDate.parse(d.closesOn()), d.twoYearApplications(),
                new ScoringGrid(d.grid() == null ? List.of() : d.grid().stream()
                        .map(c -> new Criterion(c.code(), c.label(), c.weight())).toList()),
                d.territoryTargets() == null ? Map.of() : d.territoryTargets());
        return new Call(definition, d.version(), d.createdAt(), d.createdBy(), d.updatedAt(), d.updatedBy());
    }

    /** Euros as cents in storage, so that sums stay exact. */
    /** The calls, latest year first (one call a year: a small collection, read on every page). */
    @Override
    public List<QueryIndex> indexes() {
        return List.of(QueryIndex.on(COLLECTION, "aaa_calls_year").desc("year"));
    }

    static final class Money {

        private Money() {
        }

        static long cents(BigDecimal euros) {
            return euros.movePointRight(2).longValueExact();
        }

        static BigDecimal euros(long cents) {
            return BigDecimal.valueOf(cents, 2);
        }
    }
}
