package fr.essor.roadmap.plan.application;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionStatusChanged;

import java.util.List;
import java.util.Optional;

/** The roadmap's actions as stored; a save writes the new state and its fact in one document write. */
public interface Actions {

    Optional<Action> find(String code);

    /** Every action, in code order. */
    List<Action> all();

    /**
     * Adds a new action.
     *
     * @throws AlreadyStoredException when another instance stored it first
     */
    void add(Action action);

    /**
     * Saves a changed action if its stored version is still {@code expectedVersion}.
     *
     * @throws fr.essor.kit.outbox.StaleAggregateException when another write came first
     */
    void save(Action action, long expectedVersion, Optional<ActionStatusChanged> event);

    class AlreadyStoredException extends RuntimeException {
        public AlreadyStoredException(String code) {
            super("Action " + code + " is already stored");
        }
    }
}
