package fr.essor.kit.consuming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;

/**
 * Names the dead-letter topic of each consumer — {@code <source topic>.<consuming service>.dlt}, one per upstream
 * topic and consuming service, as each service has one consumer per upstream topic — and counts
 * {@code essor_events_dead_letters_total}.
 */
public class DeadLetters implements DlqDestinationResolver {

    private final String service;
    private final MeterRegistry meters;

    public DeadLetters(String service, MeterRegistry meters) {
        this.service = service;
        this.meters = meters;
    }

    public static String topicFor(String sourceTopic, String consumingService) {
        return sourceTopic + "." + consumingService + ".dlt";
    }

    @Override
    public String apply(ConsumerRecord<?, ?> record, Exception exception) {
        Counter.builder("essor.events.dead.letters").description("Records sent to a dead-letter topic")
                .tag("topic", record.topic()).register(meters).increment();
        return topicFor(record.topic(), service);
    }
}
