package fr.essor.kit.outbox;

import fr.essor.kit.events.OutgoingEvent;

/** Sends one event to the broker and returns only once the broker acknowledged it (or throws). */
public interface EventSender {

    void send(OutgoingEvent event) throws Exception;
}
