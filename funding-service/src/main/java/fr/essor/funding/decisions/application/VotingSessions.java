package fr.essor.funding.decisions.application;

import fr.essor.funding.decisions.domain.LaureatesPublished;
import fr.essor.funding.decisions.domain.VotingSession;

import java.util.List;
import java.util.Optional;

/** The voting sessions as stored; a save writes the new state and its facts in one document write (outbox). */
public interface VotingSessions {

    /** A new id for a session of the call of this year, e.g. {@code SEANCE-2026-01}. */
    String nextId(int callYear);

    Optional<VotingSession> find(String id);

    /** Every session, the latest sitting first. */
    List<VotingSession> all();

    /** The closed sessions of the call of this year, in sitting order. */
    List<VotingSession> closedOf(int callYear);

    /** The open session whose agenda holds this application, if any. */
    Optional<VotingSession> openHolding(String applicationId);

    void add(VotingSession session);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(VotingSession session, long expectedVersion, List<LaureatesPublished> events);
}
