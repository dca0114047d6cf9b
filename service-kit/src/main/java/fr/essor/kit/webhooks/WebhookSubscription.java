package fr.essor.kit.webhooks;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * An EPT's subscription: where to POST which event types of its territory, and the secret the deliveries are signed
 * with (kept to sign, never shown again after creation or rotation). After a rotation, the previous secret signs too
 * until {@code previousSecretUntil}, so that the EPT's receiver can switch keys without refusing a delivery.
 */
@Document(WebhookSubscription.COLLECTION)
public record WebhookSubscription(@Id String id, String territory, String url, List<String> eventTypes,
                                  String description, String secret, Status status, String disabledReason,
                                  Instant disabledAt, int consecutiveFailures, Instant createdAt, String createdBy,
                                  Instant updatedAt, String updatedBy, String previousSecret,
                                  Instant previousSecretUntil) {

    public static final String COLLECTION = "webhook_subscriptions";

    public enum Status {
        ENABLED("Active"),
        DISABLED("Désactivée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public WebhookSubscription {
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean enabled() {
        return status == Status.ENABLED;
    }

    /** The {@code webhook-signature} header of one attempt at {@code now}: the current secret's, then the previous one's. */
    public String signatures(String webhookId, long timestampSeconds, String body, Instant now) {
        String current = WebhookSigner.signature(secret, webhookId, timestampSeconds, body);
        if (previousSecret == null || previousSecretUntil == null || !now.isBefore(previousSecretUntil)) {
            return current;
        }
        return current + " " + WebhookSigner.signature(previousSecret, webhookId, timestampSeconds, body);
    }
}
