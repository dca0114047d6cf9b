package fr.essor.kit.consuming;

/**
 * Applies one fact. Must be idempotent by construction: the effect and the "already applied" marker are written in
 * one single-document update (ARCHITECTURE §3.3), and a redelivery answers {@link Consumption#DUPLICATE}.
 */
@FunctionalInterface
public interface EventHandler<T> {

    Consumption handle(IncomingEvent event, T payload);
}
