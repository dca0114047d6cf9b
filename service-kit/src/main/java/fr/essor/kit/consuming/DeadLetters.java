package fr.essor.kit.consuming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;

/**
 * Names the dead-letter topic of each consumer — {@code <source topic>.<consumer group>.dlt}: one per upstream topic
 * and consumer, since several consumers of one service may read the same topic — and counts
 * {@code essor_events_dead_letters_total{topic,group}}.
 */
public class DeadLetters implements DlqDestinationResolver {

    private final String service;
    private final MeterRegistry meters;

    public DeadLetters(String service, MeterRegistry meters) {
        this.service = service;
        this.meters = meters;
    }

    public static String topicFor(String sourceTopic, String consumerGroup) {
        return sourceTopic + "." + consumerGroup + ".dlt";
    }

    @Override
    public String apply(ConsumerRecord<?, ?> record, Exception exception) {
        String group = groupOf(exception);
        Counter.builder("essor.events.dead.letters").description("Records sent to a dead-letter topic")
                .tag("topic", record.topic()).tag("group", group).register(meters).increment();
        return topicFor(record.topic(), group);
    }

    /** The consumer group of the failed delivery, from the failed message; the service name if it is not there. */
    private String groupOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MessagingException messaging && messaging.getFailedMessage() != null) {
                Message<?> failed = messaging.getFailedMessage();
                Object group = failed.getHeaders().get(KafkaHeaders.GROUP_ID);
                if (group != null) {
                    return group.toString();
                }
            }
        }
        return service;
    }
}
