package fr.essor.kit.consuming;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The event types one consumer follows, each read into its own record and handed to its own handler:
 * {@code EventRoutes.following().on(GRANT_AWARDED, GrantAwarded.class, this::awarded).on(…)}. A type of the topic
 * that no route follows is skipped by {@link EventConsumers} without reading its payload, and counted as
 * {@link Consumption#IGNORED}. Immutable: each {@link #on} answers a new set of routes.
 */
public final class EventRoutes {

    /** One followed type: the consumer's tolerant-reader record of exactly that type's fields, and its handler. */
    record Route<T>(Class<T> factType, EventHandler<T> handler) {
    }

    private final Map<String, Route<?>> routes;

    private EventRoutes(Map<String, Route<?>> routes) {
        this.routes = Collections.unmodifiableMap(routes);
    }

    /** No type followed yet. */
    public static EventRoutes following() {
        return new EventRoutes(new LinkedHashMap<>());
    }

    /** These routes and {@code type}, read as {@code factType} and handed to {@code handler}; a type routes once. */
    public <T> EventRoutes on(String type, Class<T> factType, EventHandler<T> handler) {
        if (type == null || type.isBlank() || factType == null || handler == null) {
            throw new IllegalArgumentException("A route needs a type, a fact type and a handler");
        }
        if (routes.containsKey(type)) {
            throw new IllegalArgumentException("Type " + type + " is already followed");
        }
        Map<String, Route<?>> more = new LinkedHashMap<>(routes);
        more.put(type, new Route<>(factType, handler));
        return new EventRoutes(more);
    }

    /** The types followed, in the order they were added. */
    public Set<String> types() {
        return routes.keySet();
    }

    Route<?> route(String type) {
        return type == null ? null : routes.get(type);
    }
}
