package fr.essor.foncier.premises.application;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.foncier.premises.domain.NeedRegistered;
import fr.essor.foncier.premises.domain.PremisesNeed;

import java.util.List;
import java.util.Optional;

/** The premises needs. Adding a need also hands its registration fact to the outbox, in the same write. */
public interface PremisesNeeds {

    Optional<PremisesNeed> find(String needId);

    /** Needs matching the filter, newest first. */
    List<PremisesNeed> search(PremisesFilter filter, int limit);

    /**
     * Needs concerning the EPT (wanted there, or anywhere) in the window of an EPT feed (after its cursor, settled), in the order of their last change
     * (time, then id).
     */
    List<PremisesNeed> feed(String territoryCode, FeedWindow window);

    /** Active needs (open or in contact) whose surface range contains {@code surface}: the candidates of an offer. */
    List<PremisesNeed> activeAccepting(int surface);

    void add(PremisesNeed need, NeedRegistered registered);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(PremisesNeed need, long expectedVersion);
}
