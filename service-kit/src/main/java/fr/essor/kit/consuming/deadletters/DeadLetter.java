package fr.essor.kit.consuming.deadletters;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A record one of this service's consumers gave up on, as read back from its dead-letter topic.
 *
 * @param id               stable id derived from the dead-letter record's topic, partition and offset
 * @param deadLetterTopic  where it was found, e.g. {@code essor.funding.organisations.roadmap-directory.dlt}
 * @param originalTopic    the topic the consumer was reading (where a replay sends it back)
 * @param group            the consumer group that failed
 * @param key              the record key (aggregate id)
 * @param headers          the original record's headers ({@code ce_*}, {@code content-type}, {@code traceparent}…),
 *                         without the binder's dead-letter headers
 * @param payload          the record value, as UTF-8 text
 * @param exceptionClass   the exception that made the consumer give up
 * @param exceptionMessage its message
 * @param firstSeenAt      when this service first recorded the letter
 * @param status           whether it still needs attention
 * @param replays          every replay, oldest first
 */
public record DeadLetter(String id, String deadLetterTopic, int deadLetterPartition, long deadLetterOffset,
                         String originalTopic, Integer originalPartition, Long originalOffset, String group,
                         String key, Map<String, String> headers, String payload, String exceptionClass,
                         String exceptionMessage, Instant firstSeenAt, Status status, List<Replay> replays) {

    public enum Status {
        /** nobody replayed it yet */
        UNRESOLVED("À traiter"),
        /** being sent back right now */
        REPLAYING("Rejeu en cours"),
        /** sent back to its topic and acknowledged by the broker */
        REPLAYED("Rejouée"),
        /** the broker did not acknowledge the replay */
        REPLAY_FAILED("Échec du rejeu"),
        /** replayed, and the consumer gave up again: a newer letter with the same event id stands for it */
        FAILED_AGAIN("Rejouée, à nouveau en échec");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One replay: who, when, whether it was forced, and what came of it. */
    public record Replay(Instant at, String by, boolean forced, String outcome) {
    }

    public String eventId() {
        return headers.get("ce_id");
    }

    public String eventType() {
        return headers.get("ce_type");
    }
}
