package fr.essor.kit.consuming;

import fr.essor.kit.events.CloudEventHeaders;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The typed dispatch of a topic's records: each followed type to its handler with its own record, the rest skipped. */
class EventConsumersTest {

    static final String AWARDED = "fr.essor.procurement.contract-awarded.v1";
    static final String HOURS = "fr.essor.procurement.insertion-hours-reported.v1";
    static final String AMENDED = "fr.essor.procurement.contract-amended.v1";

    /** A consumer's record of exactly {@code contract-awarded.v1}'s fields that it uses. */
    record ContractAwarded(String contractId, int year, boolean reserved) {
    }

    /** The same consumer's record of {@code insertion-hours-reported.v1}. */
    record HoursReported(String contractId, BigDecimal hours, String period) {
    }

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final EventConsumers consumers = new EventConsumers(JsonMapper.builder().build(), meters);
    final List<String> handled = new ArrayList<>();

    final EventRoutes routes = EventRoutes.following()
            .on(AWARDED, ContractAwarded.class, (event, fact) -> {
                handled.add("awarded " + fact.contractId() + "/" + fact.year() + "/" + fact.reserved());
                return Consumption.APPLIED;
            })
            .on(HOURS, HoursReported.class, (event, fact) -> {
                handled.add("hours " + fact.contractId() + "/" + fact.hours() + "/" + fact.period());
                return Consumption.APPLIED;
            });
    final Consumer<Message<byte[]>> consumer = consumers.consumer(routes);

    @Test
    void eachFollowedTypeReachesItsOwnHandlerWithItsOwnRecordUnknownFieldsSkipped() {
        consumer.accept(message(AWARDED, "{\"contractId\":\"MAR-2\",\"year\":2026,\"reserved\":true,\"amount\":92500}"));
        consumer.accept(message(HOURS, "{\"contractId\":\"MAR-2\",\"hours\":120.5,\"period\":\"2026-10\"}"));

        assertThat(handled).containsExactly("awarded MAR-2/2026/true", "hours MAR-2/120.5/2026-10");
        assertThat(count(AWARDED, "applied")).isEqualTo(1);
        assertThat(count(HOURS, "applied")).isEqualTo(1);
    }

    @Test
    void aTypeNoRouteFollowsIsSkippedUnreadAndCountedNotDeadLettered() {
        consumer.accept(message(AMENDED, "{\"contractId\":\"MAR-1\",\"amendment\":3}"));
        consumer.accept(message(AMENDED, "not even json: the payload of a type nobody follows is not read"));

        assertThat(handled).isEmpty();
        assertThat(count(AMENDED, "ignored")).isEqualTo(2);
        assertThat(count(AMENDED, "unreadable")).isZero();
    }

    @Test
    void aFollowedTypeWhosePayloadDoesNotReadIsUnreadable() {
        assertThatThrownBy(() -> consumer.accept(message(AWARDED, "not json")))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> consumer.accept(message(AWARDED, "{\"contractId\":\"MAR-5\",\"year\":\"soon\"}")))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> consumer.accept(message(HOURS, "null")))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("null");

        assertThat(handled).isEmpty();
        assertThat(count(AWARDED, "unreadable")).isEqualTo(2);
        assertThat(count(HOURS, "unreadable")).isEqualTo(1);
    }

    @Test
    void aMissingFieldOfAFollowedTypeReadsAsEmpty() {
        consumer.accept(message(AWARDED, "{\"contractId\":\"MAR-6\"}"));

        assertThat(handled).containsExactly("awarded MAR-6/0/false");
    }

    @Test
    void aHandlerFailureIsCountedAndPropagatedForTheRetriesAndTheDeadLetter() {
        Consumer<Message<byte[]>> failing = consumers.consumer(EventRoutes.following().on(AWARDED,
                ContractAwarded.class, (event, fact) -> {
                    throw new IllegalStateException("store down");
                }));

        assertThatThrownBy(() -> failing.accept(message(AWARDED, "{\"contractId\":\"MAR-7\"}")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count(AWARDED, "failed")).isEqualTo(1);
    }

    @Test
    void aRecordWithoutContentTypeIsUnreadableForItsMissingContentTypeNotForAnIdItHas() {
        Message<byte[]> withoutContentType = MessageBuilder.fromMessage(
                message(AWARDED, "{\"contractId\":\"MAR-3\"}"))
                .removeHeader(CloudEventHeaders.CONTENT_TYPE).build();

        assertThatThrownBy(() -> consumer.accept(withoutContentType))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("missing header content-type")
                .hasMessageNotContaining("ce_id");
        assertThat(handled).isEmpty();
        assertThat(count(AWARDED, "unreadable")).isEqualTo(1);
    }

    @Test
    void aRecordWithoutACloudEventsHeaderIsUnreadableWhateverItsType() {
        Message<byte[]> withoutId = MessageBuilder.fromMessage(message(AMENDED, "{}"))
                .removeHeader(CloudEventHeaders.ID).build();

        assertThatThrownBy(() -> consumer.accept(withoutId)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("missing header " + CloudEventHeaders.ID);
        assertThat(count(AMENDED, "unreadable")).isEqualTo(1);
        assertThat(count(AMENDED, "ignored")).isZero();
    }

    @Test
    void aRecordInAnotherContentTypeIsUnreadableForItsContentType() {
        Message<byte[]> xml = MessageBuilder.fromMessage(message(AWARDED, "<contract/>"))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, "application/xml").build();

        assertThatThrownBy(() -> consumer.accept(xml)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("unsupported content-type application/xml");
        assertThat(count(AWARDED, "unreadable")).isEqualTo(1);
    }

    @Test
    void aTypeIsFollowedOnceAndAConsumerFollowsAtLeastOne() {
        assertThatThrownBy(() -> routes.on(AWARDED, ContractAwarded.class, (event, fact) -> Consumption.APPLIED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(AWARDED);
        assertThatThrownBy(() -> consumers.consumer(EventRoutes.following()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(routes.types()).containsExactly(AWARDED, HOURS);
    }

    @Test
    void aReplayDispatchesAsTheLiveConsumerAnswersTheOutcomeAndCountsApart() {
        var replaying = consumers.replaying(EventRoutes.following().on(AWARDED, ContractAwarded.class,
                (event, fact) -> {
                    handled.add(fact.contractId());
                    return Consumption.appliedIf(handled.size() == 1);
                }));
        Message<byte[]> awarded = message(AWARDED, "{\"contractId\":\"MAR-4\",\"year\":2026,\"amount\":1}");

        assertThat(replaying.apply(awarded)).isEqualTo(Consumption.APPLIED);
        assertThat(replaying.apply(awarded)).isEqualTo(Consumption.DUPLICATE);
        assertThat(replaying.apply(message(HOURS, "{\"hours\":3}"))).isEqualTo(Consumption.IGNORED);
        assertThatThrownBy(() -> replaying.apply(message(AWARDED, "not json")))
                .isInstanceOf(UnreadableEventException.class);

        assertThat(handled).containsExactly("MAR-4", "MAR-4");
        assertThat(count(AWARDED, "applied")).as("live meter").isZero();
        assertThat(replayed(AWARDED, "duplicate")).isEqualTo(1);
        assertThat(replayed(HOURS, "ignored")).isEqualTo(1);
    }

    private Message<byte[]> message(String type, String json) {
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, "e-" + handled.size() + "-" + System.nanoTime())
                .setHeader(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.SOURCE, "/essor/procurement")
                .setHeader(CloudEventHeaders.SUBJECT, "MAR")
                .setHeader(CloudEventHeaders.TIME, "2026-11-28T10:15:30Z")
                .setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .build();
    }

    private double replayed(String type, String outcome) {
        var counter = meters.find("essor.events.replayed").tag("type", type).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private double count(String type, String outcome) {
        var counter = meters.find("essor.events.consumed").tag("type", type).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
