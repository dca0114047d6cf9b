package fr.essor.kit.consuming;

import fr.essor.kit.events.CloudEventHeaders;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tolerant reading of every record of a topic, before the handler decides what it follows. */
class EventConsumersTest {

    /** A consumer's record of the type it follows; the topic also carries other types without {@code year}. */
    record ContractAwarded(String contractId, int year, boolean reserved) {
    }

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final EventConsumers consumers = new EventConsumers(JsonMapper.builder().build(), meters);
    final List<String> handled = new ArrayList<>();

    final Consumer<Message<byte[]>> consumer = consumers.consumer(ContractAwarded.class, (event, fact) -> {
        if (!event.type().endsWith("contract-awarded.v1")) {
            return Consumption.IGNORED;
        }
        handled.add(fact.contractId() + "/" + fact.year() + "/" + fact.reserved());
        return Consumption.APPLIED;
    });

    @Test
    void anotherTypeOfTheTopicWithoutTheFieldsItFollowsIsReadThenIgnoredNotDeadLettered() {
        consumer.accept(message("fr.essor.procurement.insertion-hours-reported.v1",
                "{\"contractId\":\"MAR-1\",\"hours\":120,\"period\":\"2026-10\"}"));

        assertThat(handled).isEmpty();
        assertThat(count("fr.essor.procurement.insertion-hours-reported.v1", "ignored")).isEqualTo(1);
        assertThat(count("fr.essor.procurement.insertion-hours-reported.v1", "unreadable")).isZero();
    }

    @Test
    void theTypeItFollowsIsReadWithUnknownFieldsSkipped() {
        consumer.accept(message("fr.essor.procurement.contract-awarded.v1",
                "{\"contractId\":\"MAR-2\",\"year\":2026,\"reserved\":true,\"amount\":92500}"));

        assertThat(handled).containsExactly("MAR-2/2026/true");
        assertThat(count("fr.essor.procurement.contract-awarded.v1", "applied")).isEqualTo(1);
    }

    @Test
    void aRecordThatIsNotJsonIsUnreadable() {
        assertThatThrownBy(() -> consumer.accept(message("fr.essor.procurement.contract-awarded.v1", "not json")))
                .isInstanceOf(UnreadableEventException.class);
        assertThat(count("fr.essor.procurement.contract-awarded.v1", "unreadable")).isEqualTo(1);
    }

    @Test
    void aRecordWithoutContentTypeIsUnreadableForItsMissingContentTypeNotForAnIdItHas() {
        Message<byte[]> withoutContentType = MessageBuilder.fromMessage(
                message("fr.essor.procurement.contract-awarded.v1", "{\"contractId\":\"MAR-3\"}"))
                .removeHeader(CloudEventHeaders.CONTENT_TYPE).build();

        assertThatThrownBy(() -> consumer.accept(withoutContentType))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("missing header content-type")
                .hasMessageNotContaining("ce_id");
        assertThat(handled).isEmpty();
    }

    @Test
    void aRecordInAnotherContentTypeIsUnreadableForItsContentType() {
        Message<byte[]> xml = MessageBuilder.fromMessage(
                message("fr.essor.procurement.contract-awarded.v1", "<contract/>"))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, "application/xml").build();

        assertThatThrownBy(() -> consumer.accept(xml)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("unsupported content-type application/xml");
        assertThat(count("fr.essor.procurement.contract-awarded.v1", "unreadable")).isEqualTo(1);
    }

    @Test
    void aReplayReadsAndHandlesAsTheLiveConsumerAnswersTheOutcomeAndCountsApart() {
        var replaying = consumers.replaying(ContractAwarded.class, (event, fact) -> {
            if (!event.type().endsWith("contract-awarded.v1")) {
                return Consumption.IGNORED;
            }
            handled.add(fact.contractId());
            return handled.size() == 1 ? Consumption.APPLIED : Consumption.DUPLICATE;
        });
        Message<byte[]> awarded = message("fr.essor.procurement.contract-awarded.v1",
                "{\"contractId\":\"MAR-4\",\"year\":2026,\"amount\":1}");

        assertThat(replaying.apply(awarded)).isEqualTo(Consumption.APPLIED);
        assertThat(replaying.apply(awarded)).isEqualTo(Consumption.DUPLICATE);
        assertThat(replaying.apply(message("fr.essor.procurement.insertion-hours-reported.v1", "{\"hours\":3}")))
                .isEqualTo(Consumption.IGNORED);
        assertThatThrownBy(() -> replaying.apply(message("fr.essor.procurement.contract-awarded.v1", "not json")))
                .isInstanceOf(UnreadableEventException.class);

        assertThat(handled).containsExactly("MAR-4", "MAR-4");
        assertThat(count("fr.essor.procurement.contract-awarded.v1", "applied")).as("live meter").isZero();
        var replayed = meters.find("essor.events.replayed").tag("type", "fr.essor.procurement.contract-awarded.v1")
                .tag("outcome", "duplicate").counter();
        assertThat(replayed).isNotNull();
        assertThat(replayed.count()).isEqualTo(1);
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

    private double count(String type, String outcome) {
        var counter = meters.find("essor.events.consumed").tag("type", type).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
