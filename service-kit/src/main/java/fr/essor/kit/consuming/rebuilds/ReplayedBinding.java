package fr.essor.kit.consuming.rebuilds;

import fr.essor.kit.consuming.Consumption;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Function;

/**
 * One input binding of a projection, as a replay reads it: the topics it is bound to and the reading and handler of its
 * live consumer ({@code EventConsumers.replaying}), which answers what the handler did with each record.
 */
public record ReplayedBinding(String binding, List<String> topics, Function<Message<byte[]>, Consumption> handling) {

    public ReplayedBinding {
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("Binding " + binding + " reads no topic");
        }
    }
}
