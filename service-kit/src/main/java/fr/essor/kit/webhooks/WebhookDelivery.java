package fr.essor.kit.webhooks;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event to deliver to one subscription, and the log of every attempt. Its id is derived from the subscription
 * and the event, so a record read twice from Kafka never makes two deliveries; its body and {@code webhookId} are
 * fixed when it is created, so every attempt (after a restart too) sends the same bytes under the same id.
 */
@Document(WebhookDelivery.COLLECTION)
public record WebhookDelivery(@Id String id, String subscriptionId, String territory, String webhookId,
                              String eventType, String eventSubject, Instant eventTime, String body,
                              Instant createdAt, Status status, int retryStep, Instant nextAttemptAt,
                              Instant leaseUntil, String leaseOwner, List<Attempt> attempts, List<Replay> replays) {

    public static final String COLLECTION = "webhook_deliveries";

    public enum Status {
        /** waiting for its next attempt */
        PENDING("En attente"),
        /** its subscription is disabled: sent when the EPT enables it again */
        HELD("Suspendue"),
        /** the receiver answered 2xx */
        DELIVERED("Livrée"),
        /** every attempt of the retry schedule failed; may be replayed */
        FAILED("Échouée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One POST: when, the HTTP status received ({@code null} when no answer: timeout, refused connection), how long
     * it took, and the error if any.
     */
    public record Attempt(int number, Instant at, Integer statusCode, long durationMillis, String error) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** Who asked for the delivery to be sent again, and when. */
    public record Replay(Instant at, String by) {
    }

    public WebhookDelivery {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        replays = replays == null ? List.of() : List.copyOf(replays);
    }

    /** The delivery id of an event for a subscription: the same each time the event is read. */
    public static String idFor(String subscriptionId, String eventId) {
        return "dlv_" + UUID.nameUUIDFromBytes((subscriptionId + "\n" + eventId).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }
}
