package fr.essor.kit.health;

import fr.essor.kit.EssorKitConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;

/** The health gauges ({@link HealthGauges}) of every service whose health endpoint is on. */
@AutoConfiguration(after = {EssorKitConfiguration.class, HealthEndpointAutoConfiguration.class})
@ConditionalOnBean(HealthEndpoint.class)
public class HealthGaugeConfiguration {

    @Bean
    HealthGauges essorHealthGauges(HealthEndpoint health, MeterRegistry meters, ObjectProvider<Clock> clock,
                                   @Value("${essor.health.gauge-refresh:15s}") Duration refresh) {
        // the services' clock when they declare one (the kit's configuration does), the system's in a slice without it
        return new HealthGauges(() -> HealthGauges.statuses(health.health()), meters,
                clock.getIfAvailable(Clock::systemUTC), refresh);
    }
}
