package fr.essor.kit.consuming;

/** A record that is not a readable CloudEvent with a JSON payload: after the bounded retries it is dead-lettered. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
