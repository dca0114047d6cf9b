package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;

import java.util.List;

/**
 * Told once per fact, when the single-document write that stores an aggregate with its new events succeeded — not
 * when the relay sends them (a relay may send twice) nor when a write is retried after a conflict (it failed first).
 */
public interface OutboxCommitObserver {

    void committed(List<OutgoingEvent> events);
}
