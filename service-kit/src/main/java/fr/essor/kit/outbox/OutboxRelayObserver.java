package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;

/**
 * Watches the relay at the moment that matters for delivery guarantees: the broker has acknowledged an event that
 * is still in the outbox. Fault-injection tests use it to stop the relay right there.
 */
public interface OutboxRelayObserver {

    void acknowledged(OutgoingEvent event);
}
