package fr.essor.kit.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event types a service delivers to the EPTs' webhooks (ADR-0014). A service that declares this bean gets the
 * whole webhook component of the kit: subscriptions API, intake of its own topics, signed deliveries, delivery log,
 * ops page, and the OpenAPI {@code webhooks} section.
 */
public final class WebhookCatalogue {

    private final Map<String, DeliverableEvent> byType;

    private WebhookCatalogue(List<DeliverableEvent> events) {
        Map<String, DeliverableEvent> map = new LinkedHashMap<>();
        for (DeliverableEvent event : events) {
            if (map.putIfAbsent(event.type(), event) != null) {
                throw new IllegalArgumentException("Declared twice: " + event.type());
            }
        }
        this.byType = Map.copyOf(map);
        this.ordered = List.copyOf(events);
    }

    private final List<DeliverableEvent> ordered;

    public static WebhookCatalogue of(DeliverableEvent... events) {
        if (events.length == 0) {
            throw new IllegalArgumentException("A webhook catalogue declares at least one event type");
        }
        return new WebhookCatalogue(new ArrayList<>(List.of(events)));
    }

    public Optional<DeliverableEvent> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public List<DeliverableEvent> events() {
        return ordered;
    }

    public List<String> types() {
        return ordered.stream().map(DeliverableEvent::type).toList();
    }

    /** The topics the intake reads (the {@code essorWebhookFacts-in-0} binding's destinations). */
    public Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        ordered.forEach(event -> topics.add(event.topic()));
        return topics;
    }
}
