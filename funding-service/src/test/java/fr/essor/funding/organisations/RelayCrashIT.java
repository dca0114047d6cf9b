package fr.essor.funding.organisations;

import fr.essor.kit.events.OutgoingEvent;
import fr.essor.kit.outbox.EventLog;
import fr.essor.kit.outbox.OutboxRelayObserver;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.bson.Document;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay stops after the broker acknowledged an event but before it removed it from the outbox (as a crash
 * would): the event stays in the outbox, is sent again once the lease expires, with the same id, and is logged once.
 */
@EssorIntegrationTest
@Import(RelayCrashIT.CrashOnce.class)
class RelayCrashIT {

    @LocalServerPort
    int port;
    @Autowired
    EventLog eventLog;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anEventAcknowledgedButNotRemovedIsSentAgainWithTheSameIdAndLoggedOnce() {
        String siret = Sirets.next();
        CrashOnce.targets.add(siret);
        assertThat(Api.at(port).as("instructeur")
                .postJson("/api/organisations", Bodies.organisation(siret, "93008")).statusCode()).isEqualTo(201);

        TopicProbe topic = TopicProbe.ofTestInfrastructure();
        List<TopicProbe.Received> records = await().atMost(Duration.ofSeconds(20)).until(
                () -> topic.readAll(OrganisationRegistrationIT.TOPIC).stream()
                        .filter(r -> siret.equals(r.key())).toList(),
                received -> received.size() >= 2);
        assertThat(records).extracting(r -> r.header("ce_id")).containsOnly(records.getFirst().header("ce_id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Document stored = mongo.getCollection("organisations").find(new Document("_id", siret)).first();
            return stored != null && stored.getList("pendingEvents", Document.class).isEmpty();
        });
        assertThat(eventLog.contains(records.getFirst().header("ce_id"))).isTrue();
    }

    @TestConfiguration
    static class CrashOnce {

        static final Set<String> targets = ConcurrentHashMap.newKeySet();

        @Bean
        OutboxRelayObserver crashAfterFirstAcknowledgement() {
            return (OutgoingEvent event) -> {
                if (targets.remove(event.subject())) {
                    throw new IllegalStateException("simulated crash after the broker's acknowledgement");
                }
            };
        }
    }
}
