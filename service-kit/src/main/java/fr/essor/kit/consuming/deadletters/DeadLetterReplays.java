package fr.essor.kit.consuming.deadletters;

import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.Actor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Replays a dead letter: sends the original record (same key, same headers — hence the same {@code ce_id} — same
 * payload) back to its original topic, through the kit's idempotent producer, and records who replayed it, when,
 * and whether the broker acknowledged. Consumers are idempotent, so a replay the failing consumer already applied,
 * or one read by another consumer group of the same topic, is a duplicate and changes nothing (ADR-0008).
 * A letter already replayed is not replayed again unless forced.
 */
public class DeadLetterReplays {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplays.class);

    private final DeadLetterStore store;
    private final KafkaTemplate<String, byte[]> template;
    private final Clock clock;
    private final Duration timeout;

    public DeadLetterReplays(DeadLetterStore store, KafkaTemplate<String, byte[]> template, Clock clock,
                             Duration timeout) {
        this.store = store;
        this.template = template;
        this.clock = clock;
        this.timeout = timeout;
    }

    /**
     * @throws NotFoundException no such letter
     * @throws ConflictException already replayed (or being replayed) and not forced
     */
    public DeadLetter replay(String id, Actor actor, boolean force) {
        DeadLetter letter = store.claimForReplay(id, force).orElseThrow(() -> store.find(id)
                .<RuntimeException>map(known -> new ConflictException("La lettre morte " + id + " est déjà "
                        + known.status().label().toLowerCase() + " ; ajoutez force=true pour la rejouer encore."))
                .orElseGet(() -> new NotFoundException("Aucune lettre morte " + id)));
        String outcome;
        boolean sent;
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(letter.originalTopic(), letter.key(),
                    letter.payload() == null ? null : letter.payload().getBytes(StandardCharsets.UTF_8));
            letter.headers().forEach((name, value) ->
                    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            var metadata = template.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
            outcome = "Renvoyée sur " + metadata.topic() + " (partition " + metadata.partition() + ", offset "
                    + metadata.offset() + ")";
            sent = true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            outcome = "Échec de l'envoi : " + e;
            sent = false;
            log.warn("Replay of dead letter {} to {} failed: {}", id, letter.originalTopic(), e.toString());
        }
        store.replayed(id, new DeadLetter.Replay(clock.instant(), actor.username(), force, outcome), sent);
        return store.find(id).orElseThrow();
    }
}
