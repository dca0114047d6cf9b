package fr.essor.kit.webhooks.web;

import fr.essor.kit.webhooks.DeliverableEvent;
import fr.essor.kit.webhooks.WebhookDelivery;
import fr.essor.kit.webhooks.WebhookSubscription;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the webhooks API answers: never a subscription's secret, except once, when it is created. */
final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "WebhookSubscriptionRequest", description = "Un abonnement : où envoyer quels types d'événements")
    record SubscriptionRequest(
            @Schema(description = "URL de réception, en https (http://localhost seulement en local)",
                    example = "https://si.est-ensemble.fr/essor/webhooks", requiredMode = Schema.RequiredMode.REQUIRED)
            @fr.essor.kit.apidocs.Bounds.Text(fr.essor.kit.webhooks.WebhookManagement.MAX_URL_LENGTH) String url,
            @Schema(description = "Types CloudEvents à recevoir, parmi ceux que livre ce service",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> eventTypes,
            @Schema(description = "Libellé libre (200 caractères au plus)", example = "Recette SI foncier")
            @fr.essor.kit.apidocs.Bounds.Text(fr.essor.kit.webhooks.WebhookManagement.MAX_DESCRIPTION_LENGTH)
            String description) {
    }

    @Schema(name = "WebhookSubscription", description = "Un abonnement d'un EPT (sans son secret)")
    record SubscriptionView(String id, String territory, String url, List<String> eventTypes, String description,
                            @Schema(allowableValues = { "ENABLED", "DISABLED" }) String status,
                            String disabledReason, Instant disabledAt, int consecutiveFailures, Instant createdAt,
                            String createdBy, Instant updatedAt, String updatedBy) {

        static SubscriptionView of(WebhookSubscription s) {
            return new SubscriptionView(s.id(), s.territory(), s.url(), s.eventTypes(), s.description(),
                    s.status().name(), s.disabledReason(), s.disabledAt(), s.consecutiveFailures(), s.createdAt(),
                    s.createdBy(), s.updatedAt(), s.updatedBy());
        }
    }

    @Schema(name = "WebhookSubscriptionCreated",
            description = "L'abonnement créé et son secret de signature, donné cette seule fois")
    record CreatedView(String id, String territory, String url, List<String> eventTypes, String description,
                       String status, Instant createdAt, String createdBy,
                       @Schema(description = "Secret de signature Standard Webhooks (whsec_ + base64), à conserver : "
                               + "il n'est plus jamais renvoyé") String secret) {

        static CreatedView of(WebhookSubscription s) {
            return new CreatedView(s.id(), s.territory(), s.url(), s.eventTypes(), s.description(), s.status().name(),
                    s.createdAt(), s.createdBy(), s.secret());
        }
    }

    @Schema(name = "WebhookSecretRotated",
            description = "Le nouveau secret de signature d'un abonnement, donné cette seule fois")
    record RotatedView(String id,
                       @Schema(description = "Nouveau secret Standard Webhooks (whsec_ + base64), à conserver : il "
                               + "n'est plus jamais renvoyé") String secret,
                       @Schema(description = "Jusqu'à cet instant, chaque envoi porte aussi la signature de l'ancien "
                               + "secret (deux signatures séparées par une espace dans webhook-signature)")
                       Instant previousSecretValidUntil) {

        static RotatedView of(WebhookSubscription s) {
            return new RotatedView(s.id(), s.secret(), s.previousSecretUntil());
        }
    }

    @Schema(name = "WebhookAttempt", description = "Une tentative d'envoi : statut HTTP reçu (absent sans réponse), "
            + "durée, erreur")
    record AttemptView(int number, Instant at, Integer statusCode, long durationMillis, String error) {

        static AttemptView of(WebhookDelivery.Attempt a) {
            return new AttemptView(a.number(), a.at(), a.statusCode(), a.durationMillis(), a.error());
        }
    }

    @Schema(name = "WebhookReplay", description = "Un rejeu demandé : quand, par qui")
    record ReplayView(Instant at, String by) {
    }

    @Schema(name = "WebhookDelivery", description = "Une livraison d'un événement à un abonnement et ses tentatives")
    record DeliveryView(String id, String subscriptionId, String territory,
                        @Schema(description = "L'en-tête webhook-id, le même à chaque tentative (= id du CloudEvent)")
                        String webhookId, String eventType, String eventSubject, Instant eventTime,
                        @Schema(allowableValues = { "PENDING", "HELD", "DELIVERED", "FAILED" }) String status,
                        Instant createdAt,
                        @Schema(description = "Prochaine tentative, pour une livraison en attente")
                        Instant nextAttemptAt, List<AttemptView> attempts, List<ReplayView> replays,
                        @Schema(description = "Le corps envoyé : le CloudEvent en JSON structuré") String body) {

        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id(), d.subscriptionId(), d.territory(), d.webhookId(), d.eventType(),
                    d.eventSubject(), d.eventTime(), d.status().name(), d.createdAt(),
                    d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null,
                    d.attempts().stream().map(AttemptView::of).toList(),
                    d.replays().stream().map(r -> new ReplayView(r.at(), r.by())).toList(), d.body());
        }
    }

    @Schema(name = "WebhookEventType", description = "Un type d'événement que ce service livre, et ses champs publics")
    record EventTypeView(String type, String topic, String summary, List<String> publicFields) {

        static EventTypeView of(DeliverableEvent e) {
            return new EventTypeView(e.type(), e.topic(), e.summary(), e.publicFields());
        }
    }
}
