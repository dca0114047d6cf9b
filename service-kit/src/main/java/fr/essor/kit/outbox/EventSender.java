package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Sends one event to the broker and returns only once the broker acknowledged it (or throws). */
public interface EventSender {

    void send(OutgoingEvent event) throws Exception;

    /**
     * Sends the event with the trace propagation headers captured when it was written (empty for events written
     * without a trace, or before trace capture existed). Senders that cannot carry headers ignore them.
     */
    default void send(OutgoingEvent event, Map<String, String> traceHeaders) throws Exception {
        send(event);
    }

    /**
     * The longest time, from {@link #sendAsync}, after which the event can no longer reach the broker from this sender:
     * the relay starts a send only if this much time is left in its lease. Zero for a sender that returns only once
     * the broker answered (its send is over when {@code sendAsync} returns).
     */
    default Duration maxSendTime() {
        return Duration.ZERO;
    }

    /**
     * Starts sending and returns at once; the future completes when the broker acknowledged the event (or fails). The
     * relay uses it to share the wait between aggregates; this default sends synchronously.
     */
    default CompletableFuture<?> sendAsync(OutgoingEvent event, Map<String, String> traceHeaders) {
        try {
            send(event, traceHeaders);
            return CompletableFuture.completedFuture(null);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
