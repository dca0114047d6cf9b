package fr.essor.funding.grants.application;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.GrantEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The grant files as stored (one per granted application, same id); a save writes state and facts at once. */
public interface GrantFiles {

    Optional<GrantFile> find(String applicationId);

    /** Every stored file of the call of this year. */
    List<GrantFile> ofCall(int callYear);

    /**
     * The stored files of grants to projects of this EPT's territory in the window of an EPT feed, in the order of
     * their last change (signature, report, payment).
     */
    List<GrantFile> territoryFeed(String territoryCode, FeedWindow window);

    /**
     * The stored files of grants to projects of this EPT's territory changed at or after {@code since} ({@code null}:
     * all of them): those that can hold a payment recorded since then, a payment being stamped with the time of the
     * write that added it.
     */
    List<GrantFile> ofTerritoryChangedSince(String territoryCode, Instant since);

    /** The stored files whose agreement is signed and whose final report is not received yet: a report is due. */
    List<GrantFile> awaitingReports();

    /** Stores a file drawn up at version 0 with its first change; false when another write stored it first. */
    boolean add(GrantFile file, List<GrantEvent> events);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(GrantFile file, long expectedVersion, List<GrantEvent> events);
}
