package fr.essor.kit.tracing;

import fr.essor.kit.outbox.TraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The current Micrometer Tracing span as propagation headers: with the OpenTelemetry bridge and Boot's default W3C
 * propagation, {@code traceparent} (and {@code tracestate} when there is one).
 */
public class MicrometerTraceContext implements TraceContext {

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerTraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Map<String, String> currentHeaders() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return headers;
    }
}
