package fr.essor.kit.consuming.rebuilds;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventHandler;
import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.List;

/**
 * Makes a {@link ReplayedBinding} of a live consumer: its topics are the destinations of its input binding
 * ({@code spring.cloud.stream.bindings.<function>-in-0.destination}, comma-separated), its reading and handler those
 * the live {@code Consumer} bean was made with.
 */
public class ReplayedBindings {

    private final Environment environment;
    private final EventConsumers consumers;

    public ReplayedBindings(Environment environment, EventConsumers consumers) {
        this.environment = environment;
        this.consumers = consumers;
    }

    /** @param function the name of the live consumer bean, e.g. {@code organisationCopies} */
    public <T> ReplayedBinding of(String function, Class<T> payloadType, EventHandler<T> handler) {
        String binding = function + "-in-0";
        String destination = environment.getRequiredProperty("spring.cloud.stream.bindings." + binding
                + ".destination");
        List<String> topics = Arrays.stream(destination.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .toList();
        return new ReplayedBinding(binding, topics, consumers.replaying(payloadType, handler));
    }
}
