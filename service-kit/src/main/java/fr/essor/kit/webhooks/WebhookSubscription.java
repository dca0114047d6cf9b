package fr.essor.kit.webhooks;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * An EPT's subscription: where to POST which event types of its territory, and the secret the deliveries are signed
 * with (kept to sign, never shown again after creation).
 */
@Document(WebhookSubscription.COLLECTION)
public record WebhookSubscription(@Id String id, String territory, String url, List<String> eventTypes,
                                  String description, String secret, Status status, String disabledReason,
                                  Instant disabledAt, int consecutiveFailures, Instant createdAt, String createdBy,
                                  Instant updatedAt, String updatedBy) {

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
}
