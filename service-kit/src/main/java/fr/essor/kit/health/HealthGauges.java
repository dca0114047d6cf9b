package fr.essor.kit.health;

import fr.essor.kit.metrics.MeasuredOnItsOwnThread;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The service's health as Boot's health endpoint computes it, as gauges: {@code essor_health_status{component}} is 1
 * when the component (each top-level one: {@code mongo}, {@code kafka}, {@code binders}, {@code diskSpace} …) is UP,
 * 0 otherwise, and {@code component="overall"} is the aggregate that {@code /actuator/health} answers. Measured by its
 * own thread ({@code essor-health-gauges}) every {@code essor.health.gauge-refresh}, never during a scrape: a check
 * waiting on an unreachable broker or store would make the scrape time out, and the service look gone rather than
 * DOWN. A measure older than four refresh intervals (a check stuck beyond its own timeouts) reads 0: the service can
 * no longer tell that it is UP.
 */
public class HealthGauges extends MeasuredOnItsOwnThread {

    /** The Micrometer name; scraped as {@code essor_health_status}. */
    public static final String NAME = "essor.health.status";
    /** The tag naming the component. */
    public static final String COMPONENT = "component";
    /** The component value of the aggregate status. */
    public static final String OVERALL = "overall";

    private static final Logger log = LoggerFactory.getLogger(HealthGauges.class);

    private record Measure(Map<String, Boolean> up, Instant at) {
    }

    private final Supplier<Map<String, Status>> health;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile Measure last;

    /** {@code health} measures the status of each component and of {@link #OVERALL}, e.g. {@link #statuses}. */
    public HealthGauges(Supplier<Map<String, Status>> health, MeterRegistry meters, Clock clock,
                        Duration refreshInterval) {
        super("essor-health-gauges", refreshInterval);
        this.health = health;
        this.meters = meters;
        this.clock = clock;
        register(OVERALL);
    }

    /** The aggregate status ({@link #OVERALL}) and each top-level component's of what the health endpoint answers. */
    public static Map<String, Status> statuses(HealthDescriptor health) {
        Map<String, Status> statuses = new LinkedHashMap<>();
        statuses.put(OVERALL, health.getStatus());
        if (health instanceof CompositeHealthDescriptor composite) {
            composite.getComponents().forEach((name, component) -> statuses.put(name, component.getStatus()));
        }
        return statuses;
    }

    /** Measures the health now and records each component's status. Visible for tests. */
    @Override
    public void refresh() {
        Map<String, Boolean> up = new LinkedHashMap<>();
        health.get().forEach((component, status) -> up.put(component, Status.UP.equals(status)));
        last = new Measure(Map.copyOf(up), clock.instant());
        up.keySet().forEach(this::register);
    }

    /** 1 if the component was UP at the last measure, 0 otherwise (DOWN, unknown, absent, or a stale measure). */
    double value(String component) {
        Measure measure = last;
        if (measure == null || measure.at().plus(refreshInterval().multipliedBy(4)).isBefore(clock.instant())) {
            return 0;
        }
        return measure.up().getOrDefault(component, false) ? 1 : 0;
    }

    private void register(String component) {
        if (registered.add(component)) {
            Gauge.builder("essor.health.status", this, gauges -> gauges.value(component)).tag(COMPONENT, component)
                    .description("1 if the health component is UP, 0 otherwise (component overall: the aggregate)")
                    .register(meters);
        }
    }

    @Override
    protected void measureFailed(RuntimeException e) { // the last measure stands until it is stale, then reads 0
        log.warn("Health not measured: {}", e.toString());
    }
}
