package fr.essor.kit.consuming.rebuilds;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventRoutes;
import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.List;

/**
 * Makes a {@link ReplayedBinding} of a live consumer: its topics are the destinations of its input binding
 * ({@code spring.cloud.stream.bindings.<function>-in-0.destination}, comma-separated), its routes those the live
 * {@code Consumer} bean was made with.
 */
public class ReplayedBindings {

    private final Environment environment;
    private final EventConsumers consumers;

    public ReplayedBindings(Environment environment, EventConsumers consumers) {
        this.environment = environment;
        this.consumers = consumers;
    }

    /** @param function the name of the live consumer bean, e.g. {@code organisationCopies} */
    public ReplayedBinding of(String function, EventRoutes routes) {
        return new ReplayedBinding(function + "-in-0", topicsOf(function), consumers.replaying(routes));
    }

    /** The topics the live consumer bean {@code function} is bound to. */
    public List<String> topicsOf(String function) {
        String destination = environment.getRequiredProperty("spring.cloud.stream.bindings." + function
                + "-in-0.destination");
        return Arrays.stream(destination.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }
}
