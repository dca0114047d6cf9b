package fr.essor.kit.outbox;

import java.util.Map;

/**
 * The trace context of the code that writes an aggregate, captured with each pending event so that the relay, which
 * sends later on its own thread, can hand it on to the consumers as W3C {@code traceparent} (and
 * {@code tracestate}) record headers (ARCHITECTURE §5).
 */
@FunctionalInterface
public interface TraceContext {

    /** No tracing: events are stored and sent without trace headers. */
    TraceContext NONE = Map::of;

    /** The propagation headers of the current span (e.g. {@code traceparent}); empty when there is none. */
    Map<String, String> currentHeaders();
}
