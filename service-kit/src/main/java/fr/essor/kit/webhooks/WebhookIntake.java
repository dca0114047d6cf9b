package fr.essor.kit.webhooks;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventHandler;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.kit.reference.Communes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Turns each event of this service's own topics into deliveries: one per subscription of the fact's territory that
 * wants its type. Idempotent by construction: a delivery's id is derived from (subscription, event), so a record read
 * again (a redelivery, a restart before the offset commit) finds its deliveries already there. Types the catalogue
 * does not declare, and facts without a territory, are ignored.
 */
public class WebhookIntake implements EventHandler<JsonNode> {

    private final WebhookCatalogue catalogue;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Communes communes;
    private final JsonMapper json;
    private final Clock clock;
    private final Runnable wake;

    public WebhookIntake(WebhookCatalogue catalogue, WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                         Communes communes, JsonMapper json, Clock clock, Runnable wake) {
        this.catalogue = catalogue;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.communes = communes;
        this.json = json;
        this.clock = clock;
        this.wake = wake;
    }

    @Override
    public Consumption handle(IncomingEvent event, JsonNode payload) {
        DeliverableEvent declared = catalogue.find(event.type()).orElse(null);
        // the specification signs "id.timestamp.body": an id with a dot could forge the boundary
        if (declared == null || payload == null || !payload.isObject() || event.id().contains(".")) {
            return Consumption.IGNORED;
        }
        Set<String> territories = declared.territories().apply(payload, communes);
        boolean created = false;
        boolean found = false;
        Instant now = clock.instant();
        for (String territory : territories) {
            for (WebhookSubscription subscription : subscriptions.subscribersOf(territory, event.type())) {
                // a subscription receives the facts that happened after it was made, not the topic's history
                if (event.time().isBefore(subscription.createdAt())) {
                    continue;
                }
                found = true;
                String body = body(event, declared, payload, territory);
                WebhookDelivery delivery = new WebhookDelivery(
                        WebhookDelivery.idFor(subscription.id(), event.id()), subscription.id(), territory,
                        event.id(), event.type(), event.subject(), event.time(), body, now,
                        subscription.enabled() ? WebhookDelivery.Status.PENDING : WebhookDelivery.Status.HELD, 0, now,
                        null, null, null, null);
                created |= deliveries.create(delivery);
            }
        }
        if (created) {
            wake.run();
        }
        return created ? Consumption.APPLIED : found ? Consumption.DUPLICATE : Consumption.IGNORED;
    }

    /** The CloudEvent in structured JSON mode, with only the public fields as its data, and the territory. */
    private String body(IncomingEvent event, DeliverableEvent declared, JsonNode payload, String territory) {
        ObjectNode cloudEvent = json.createObjectNode();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", event.id());
        cloudEvent.put("source", event.source());
        cloudEvent.put("type", event.type());
        if (event.subject() != null) {
            cloudEvent.put("subject", event.subject());
        }
        cloudEvent.put("time", event.time().toString());
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.put("essorterritory", territory);
        cloudEvent.set("data", declared.publicData(payload, json.createObjectNode()));
        return json.writeValueAsString(cloudEvent);
    }
}
