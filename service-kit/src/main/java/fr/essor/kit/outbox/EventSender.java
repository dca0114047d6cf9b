package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;

import java.util.Map;

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
}
