package fr.essor.kit.consuming;

import java.time.Instant;

/** The CloudEvents attributes of a consumed record; the payload is handed over separately, already read. */
public record IncomingEvent(String id, String type, String source, String subject, Instant time) {
}
