package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Call;

import java.util.List;
import java.util.Optional;

/** The Appel à Agir editions as stored. */
public interface Calls {

    Optional<Call> find(int year);

    /** Every edition, the latest first. */
    List<Call> all();

    /** @throws AlreadyDefinedException when this year's call exists */
    void add(Call call);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Call call, long expectedVersion);

    class AlreadyDefinedException extends RuntimeException {
        public AlreadyDefinedException(int year) {
            super("The call of " + year + " already exists");
        }
    }
}
