package fr.essor.kit.consuming.deadletters;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the {@link DeadLetterRecorder} on this service's dead-letter topics, in the consumer group
 * {@code <service>-dead-letters}, from the earliest offset (a letter written while the service was down is recorded
 * when it starts). Nothing runs for a service without consumers.
 */
public class DeadLetterSubscription implements SmartLifecycle {

    private final ConcurrentMessageListenerContainer<String, byte[]> container;

    public DeadLetterSubscription(Map<String, Object> consumerProperties, String group, DeadLetterTopics topics,
                                  DeadLetterRecorder recorder, Duration topicDiscovery) {
        if (topics.isEmpty()) {
            container = null;
            return;
        }
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // a dead-letter topic appears with its first letter: look for new matching topics this often
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int) topicDiscovery.toMillis());
        DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(config,
                new StringDeserializer(), new ByteArrayDeserializer());
        ContainerProperties properties = new ContainerProperties(topics.pattern());
        properties.setMessageListener(recorder);
        properties.setGroupId(group);
        container = new ConcurrentMessageListenerContainer<>(factory, properties);
        container.setBeanName("essorDeadLetterContainer");
    }

    @Override
    public void start() {
        if (container != null) {
            container.start();
        }
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return container != null && container.isRunning();
    }
}
