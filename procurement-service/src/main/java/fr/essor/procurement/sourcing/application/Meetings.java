package fr.essor.procurement.sourcing.application;

import fr.essor.procurement.sourcing.domain.Meeting;

import fr.essor.kit.ept.FeedWindow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The buyer ↔ supplier meetings. */
public interface Meetings {

    Optional<Meeting> find(String id);

    void add(Meeting meeting);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Meeting meeting, long expectedVersion);

    /** Every meeting, the latest held first. */
    List<Meeting> all();

    /**
     * The meetings discussing at least one of these needs in the window of an EPT feed, in the order of their last
     * change (time, then id).
     */
    List<Meeting> discussingAny(Collection<String> needIds, FeedWindow window);

    /** The meetings where this need was discussed, the latest held first. */
    List<Meeting> discussing(String needId);
}
