package fr.essor.kit.outbox;

/** The aggregate changed since it was read: the command must be retried on fresh state (HTTP 409). */
public class StaleAggregateException extends RuntimeException {

    public StaleAggregateException(String collection, Object id, long expectedVersion) {
        super("%s/%s is no longer at version %d".formatted(collection, id, expectedVersion));
    }
}
