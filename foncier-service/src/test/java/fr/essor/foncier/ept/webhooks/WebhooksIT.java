package fr.essor.foncier.ept.webhooks;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.StandardWebhooksVerifier;
import fr.essor.kit.testing.TopicProbe;
import fr.essor.kit.testing.WebhookReceiver;
import fr.essor.kit.webhooks.ReceiverAddresses;
import fr.essor.kit.webhooks.RetrySchedule;
import fr.essor.kit.webhooks.WebhookDeliveries;
import fr.essor.kit.webhooks.WebhookDelivery;
import fr.essor.kit.webhooks.WebhookDispatcher;
import fr.essor.kit.webhooks.WebhookSubscriptions;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The EPTs' signed webhooks on the real broker and store: a receiver inside the test gets the deliveries of its
 * territory and checks them with its own implementation of the Standard Webhooks verification.
 */
@EssorIntegrationTest
class WebhooksIT {

    private static final String OFFER_PUBLISHED = "fr.essor.foncier.premises-offer-published.v1";
    private static final String MONTREUIL_T8 = "93048";
    private static final String SAINT_DENIS_T6 = "93066";

    @LocalServerPort
    int port;

    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    WebhookSubscriptions subscriptions;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    RetrySchedule schedule;
    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry meters;

    private final JsonMapper json = JsonMapper.builder().build();
    private final WebhookReceiver receiver = new WebhookReceiver();
    private final List<String[]> created = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        receiver.close();
        for (String[] subscription : created) {
            Api.at(port).as("admin").send("DELETE", "/api/ept/" + subscription[0] + "/webhooks/subscriptions/"
                    + subscription[1], null, null);
        }
    }

    @Test
    void anEptReceivesASignedWebhookOfItsTerritoryAndNeverAnotherTerritorysFact() throws Exception {
        String secretT8 = subscribe("ept-est-ensemble", "T8", "/est-ensemble").get("secret").asString();
        subscribe("ept-plaine-commune", "T6", "/plaine-commune");

        String montreuil = publishOffer(MONTREUIL_T8);
        String saintDenis = publishOffer(SAINT_DENIS_T6);

        WebhookReceiver.Received delivery = awaitOne("/est-ensemble", montreuil);
        assertThat(StandardWebhooksVerifier.check(secretT8, delivery.header("webhook-id"),
                delivery.header("webhook-timestamp"), delivery.header("webhook-signature"), delivery.body(),
                Instant.now())).as("signature").isNull();
        assertThat(StandardWebhooksVerifier.check(secretT8, delivery.header("webhook-id"),
                delivery.header("webhook-timestamp"), delivery.header("webhook-signature"),
                delivery.text().replace(montreuil, "OFFRE-FAUSSE").getBytes(StandardCharsets.UTF_8), Instant.now()))
                .as("a changed body fails the check").isEqualTo("no valid v1 signature");
        assertThat(delivery.header("content-type")).startsWith("application/cloudevents+json");

        JsonNode cloudEvent = json.readTree(delivery.text());
        assertThat(cloudEvent.get("specversion").asString()).isEqualTo("1.0");
        assertThat(cloudEvent.get("type").asString()).isEqualTo(OFFER_PUBLISHED);
        assertThat(cloudEvent.get("source").asString()).isEqualTo("/essor/foncier");
        assertThat(cloudEvent.get("id").asString()).isEqualTo(delivery.header("webhook-id"));
        assertThat(cloudEvent.get("subject").asString()).isEqualTo(montreuil);
        assertThat(cloudEvent.get("essorterritory").asString()).isEqualTo("T8");
        JsonNode data = cloudEvent.get("data");
        assertThat(data.get("communeInsee").asString()).isEqualTo(MONTREUIL_T8);
        assertThat(data.get("surface").asInt()).isEqualTo(175);
        assertThat(data.has("ownerName")).as("the owner's name is never delivered").isFalse();
        assertThat(data.has("notes")).isFalse();
        assertThat(data.has("recordedBy")).as("nor the agent's username").isFalse();
        assertThat(delivery.text()).doesNotContain("Habitat privé Dupont", "note interne");

        // the other territory's fact reaches its own subscription, never this one
        awaitOne("/plaine-commune", saintDenis);
        assertThat(bodiesOn("/est-ensemble")).noneMatch(body -> body.contains(saintDenis));
        assertThat(bodiesOn("/plaine-commune")).noneMatch(body -> body.contains(montreuil));

        // the same Kafka record read again (a redelivery) makes no second delivery
        TopicProbe probe = TopicProbe.ofTestInfrastructure();
        TopicProbe.Received record = probe.awaitKeyed("essor.foncier.premises", montreuil, 1).getFirst();
        probe.send("essor.foncier.premises", record.key(), record.value().getBytes(StandardCharsets.UTF_8),
                record.headers());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(bodiesOn("/est-ensemble")).filteredOn(b -> b.contains(montreuil))
                        .hasSize(1));
    }

    @Test
    void aFailureOfTheReceiverIsRetriedWithTheSameWebhookIdAndLogged() throws Exception {
        String secret = subscribe("ept-est-ensemble", "T8", "/retries").get("secret").asString();
        String subscriptionId = created.getLast()[1];
        receiver.failFirst(2);

        String offer = publishOffer(MONTREUIL_T8);

        await().atMost(Duration.ofSeconds(30)).until(() -> on("/retries", offer).size() == 3);
        List<WebhookReceiver.Received> attempts = on("/retries", offer);
        assertThat(attempts).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 204);
        assertThat(attempts).extracting(r -> r.header("webhook-id")).containsOnly(attempts.getFirst()
                .header("webhook-id"));
        assertThat(attempts).extracting(WebhookReceiver.Received::text).containsOnly(attempts.getFirst().text());
        for (WebhookReceiver.Received attempt : attempts) {
            assertThat(StandardWebhooksVerifier.check(secret, attempt.header("webhook-id"),
                    attempt.header("webhook-timestamp"), attempt.header("webhook-signature"), attempt.body(),
                    Instant.now())).isNull();
        }
        // the back-off: each retry waited at least the schedule's delay (300 ms, no jitter in tests)
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(250));

        // the delivery log, as the EPT reads it: every attempt with its status and duration
        Api ept = Api.at(port).as("ept-est-ensemble");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode log = json.readTree(ept.get("/api/ept/T8/webhooks/subscriptions/" + subscriptionId
                    + "/deliveries").body());
            assertThat(log).hasSize(1);
            assertThat(log.get(0).get("status").asString()).isEqualTo("DELIVERED");
            assertThat(log.get(0).get("attempts")).extracting(a -> a.get("statusCode").asInt())
                    .containsExactly(500, 500, 204);
            assertThat(log.get(0).get("attempts")).allSatisfy(a -> assertThat(a.has("durationMillis")).isTrue());
        });
        // OPS reads the same log, and sees the subscription among all territories'
        Api ops = Api.at(port).as("ops");
        assertThat(ops.get("/api/ept/T8/webhooks/subscriptions/" + subscriptionId + "/deliveries").statusCode())
                .isEqualTo(200);
        assertThat(ops.get("/api/ops/webhooks/subscriptions").body()).contains(subscriptionId)
                .doesNotContain(secret);
        HttpResponse<String> page = ops.page("/ops/webhooks");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Webhooks des EPT", "Livrée", "HTTP 500", "HTTP 204",
                attempts.getFirst().header("webhook-id"));
    }

    @Test
    void aSubscriptionIsDisabledAfterRepeatedFailuresThenTheEptEnablesItAndReplaysOneDelivery() throws Exception {
        subscribe("ept-est-ensemble", "T8", "/down");
        String subscriptionId = created.getLast()[1];
        Api ept = Api.at(port).as("ept-est-ensemble");
        receiver.answer(503);

        String offer = publishOffer(MONTREUIL_T8);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode subscription = json.readTree(ept.get("/api/ept/T8/webhooks/subscriptions/" + subscriptionId)
                    .body());
            assertThat(subscription.get("status").asString()).isEqualTo("DISABLED");
            assertThat(subscription.get("disabledReason").asString()).contains("4 tentatives échouées");
        });
        int attemptsWhileDown = on("/down", offer).size();
        assertThat(attemptsWhileDown).isEqualTo(4);
        JsonNode held = json.readTree(ept.get("/api/ept/T8/webhooks/subscriptions/" + subscriptionId
                + "/deliveries").body()).get(0);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        // a replay of a delivery of a disabled subscription is refused
        assertThat(ept.postJson("/api/ept/T8/webhooks/deliveries/" + held.get("id").asString() + "/replay", "")
                .statusCode()).isEqualTo(409);

        receiver.answer(200);
        HttpResponse<String> enabled = ept.postJson("/api/ept/T8/webhooks/subscriptions/" + subscriptionId
                + "/enable", "");
        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        assertThat(json.readTree(enabled.body()).get("updatedBy").asString()).isEqualTo("ept-est-ensemble");
        await().atMost(Duration.ofSeconds(10)).until(() -> on("/down", offer).size() == attemptsWhileDown + 1);

        // one delivery replayed: the same webhook-id and body again
        await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(json.readTree(ept.get(
                "/api/ept/T8/webhooks/deliveries/" + held.get("id").asString()).body()).get("status").asString()));
        HttpResponse<String> replayed = ept.postJson("/api/ept/T8/webhooks/deliveries/" + held.get("id").asString()
                + "/replay", "");
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(json.readTree(replayed.body()).get("replays").get(0).get("by").asString())
                .isEqualTo("ept-est-ensemble");
        await().atMost(Duration.ofSeconds(10)).until(() -> on("/down", offer).size() == attemptsWhileDown + 2);
        List<WebhookReceiver.Received> all = on("/down", offer);
        assertThat(all).extracting(r -> r.header("webhook-id")).containsOnly(all.getFirst().header("webhook-id"));
        assertThat(all).extracting(WebhookReceiver.Received::text).containsOnly(all.getFirst().text());
    }

    @Test
    void aRestartDuringRetriesNeitherLosesNorResignsDifferently() throws Exception {
        String secret = subscribe("ept-est-ensemble", "T8", "/restart").get("secret").asString();
        receiver.answer(500);
        String offer = publishOffer(MONTREUIL_T8);
        String subscriptionId = created.getLast()[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> on("/restart", offer).size() >= 1);
        String deliveryId = WebhookDelivery.idFor(subscriptionId, on("/restart", offer).getFirst()
                .header("webhook-id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.find(deliveryId)
                .map(d -> !d.attempts().isEmpty()).orElse(false));

        // the service's dispatcher stops amid the retries: nothing is sent while it is down
        dispatcher.stop();
        WebhookDispatcher restarted = null;
        try {
            int before = on("/restart", offer).size();
            assertThat(before).isLessThan(4);
            Thread.sleep(1_500);
            assertThat(on("/restart", offer)).hasSize(before);
            receiver.answer(204);

            // a new dispatcher, with nothing but the store in common with the old one, takes over
            restarted = new WebhookDispatcher(subscriptions, deliveries, schedule, 4, Duration.ofSeconds(3),
                    Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(3), clock, meters,
                    new ReceiverAddresses(true));
            restarted.start();
            // delivered: the receiver's 204 recorded by the new dispatcher (before it is stopped in turn)
            await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.find(deliveryId)
                    .map(d -> d.status() == WebhookDelivery.Status.DELIVERED).orElse(false));
        } finally {
            if (restarted != null) {
                restarted.stop();
            }
            dispatcher.start();
        }
        List<WebhookReceiver.Received> all = on("/restart", offer);
        assertThat(all).extracting(r -> r.header("webhook-id")).containsOnly(all.getFirst().header("webhook-id"));
        assertThat(all).extracting(WebhookReceiver.Received::text).containsOnly(all.getFirst().text());
        assertThat(all).allSatisfy(r -> assertThat(StandardWebhooksVerifier.check(secret, r.header("webhook-id"),
                r.header("webhook-timestamp"), r.header("webhook-signature"), r.body(), Instant.now())).isNull());
        assertThat(all).filteredOn(r -> r.answered() == 204).hasSize(1);
        WebhookDelivery delivery = deliveries.find(deliveryId).orElseThrow();
        // every attempt is in the log, but one the stop may have cut short before its answer was recorded
        assertThat(delivery.attempts().size()).isBetween(all.size() - 1, all.size());
        assertThat(delivery.attempts().getLast().statusCode()).isEqualTo(204);
    }

    @Test
    void aRotatedSecretSignsAtOnceAndThePreviousOneStillSignsBesideItForADay() throws Exception {
        JsonNode subscription = subscribe("ept-est-ensemble", "T8", "/rotation");
        String id = subscription.get("id").asString();
        String previous = subscription.get("secret").asString();
        Api t8 = Api.at(port).as("ept-est-ensemble");
        assertThat(Api.at(port).as("ept-plaine-commune").postJson("/api/ept/T8/webhooks/subscriptions/" + id
                + "/secret", "").statusCode()).isEqualTo(403);
        assertThat(Api.at(port).as("ops").postJson("/api/ept/T8/webhooks/subscriptions/" + id + "/secret", "")
                .statusCode()).isEqualTo(403);

        Instant before = Instant.now();
        HttpResponse<String> rotated = t8.postJson("/api/ept/T8/webhooks/subscriptions/" + id + "/secret", "");

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String next = json.readTree(rotated.body()).get("secret").asString();
        assertThat(next).startsWith("whsec_").isNotEqualTo(previous);
        assertThat(Instant.parse(json.readTree(rotated.body()).get("previousSecretValidUntil").asString()))
                .isBetween(before.plus(Duration.ofHours(24)).minusSeconds(5), Instant.now().plus(Duration.ofHours(24)));
        assertThat(t8.get("/api/ept/T8/webhooks/subscriptions/" + id).body())
                .as("neither secret is ever read back").doesNotContain(next, previous, "whsec_");
        String offer = publishOffer(MONTREUIL_T8);
        WebhookReceiver.Received delivery = awaitOne("/rotation", offer);
        assertThat(delivery.header("webhook-signature").split(" ")).as("one signature per secret").hasSize(2);
        for (String secret : List.of(next, previous)) {
            assertThat(StandardWebhooksVerifier.check(secret, delivery.header("webhook-id"),
                    delivery.header("webhook-timestamp"), delivery.header("webhook-signature"), delivery.body(),
                    Instant.now())).as("verified with " + (secret.equals(next) ? "the new" : "the previous") + " secret")
                    .isNull();
        }
    }

    @Test
    void onlyTheEptOfTheTerritoryManagesItsSubscriptionsAndBadInputIsAProblem() throws Exception {
        JsonNode subscription = subscribe("ept-est-ensemble", "T8", "/access");
        String id = subscription.get("id").asString();
        Api t8 = Api.at(port).as("ept-est-ensemble");
        Api t6 = Api.at(port).as("ept-plaine-commune");

        assertThat(t8.get("/api/ept/T8/webhooks/subscriptions/" + id).body()).doesNotContain("secret", "whsec_");
        assertThat(t8.get("/api/ept/T8/webhooks/subscriptions").body()).contains(id).doesNotContain("whsec_");

        for (HttpResponse<String> refused : List.of(
                t6.get("/api/ept/T8/webhooks/subscriptions"),
                t6.get("/api/ept/T8/webhooks/subscriptions/" + id),
                t6.postJson("/api/ept/T8/webhooks/subscriptions/" + id + "/disable", ""),
                t6.postJson("/api/ept/T8/webhooks/subscriptions", request("https://t6.example.fr/hook")),
                Api.at(port).as("sens").get("/api/ept/T8/webhooks/subscriptions"),
                Api.at(port).as("sens").postJson("/api/ept/T8/webhooks/subscriptions",
                        request("https://dieess.example.fr/hook")),
                Api.at(port).as("ops").send("DELETE", "/api/ept/T8/webhooks/subscriptions/" + id, null, null))) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        // T6 sees none of T8's subscriptions through its own territory either
        assertThat(t6.get("/api/ept/T6/webhooks/subscriptions/" + id).statusCode()).isEqualTo(404);

        HttpResponse<String> plainHttp = t8.postJson("/api/ept/T8/webhooks/subscriptions",
                request("http://si.est-ensemble.fr/hook"));
        assertThat(plainHttp.statusCode()).isEqualTo(400);
        assertThat(plainHttp.body()).contains("url.scheme");
        HttpResponse<String> unknownType = t8.postJson("/api/ept/T8/webhooks/subscriptions", """
                {"url": "https://si.est-ensemble.fr/hook", "eventTypes": ["fr.essor.funding.grant-awarded.v1"]}""");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("eventTypes.unknown");
        assertThat(t8.postJson("/api/ept/T8/webhooks/subscriptions", "{}").body()).contains("url.missing",
                "eventTypes.empty");
        assertThat(json.readTree(t8.get("/api/ept/T8/webhooks/subscriptions").body()))
                .as("nothing written by the refused requests").hasSize(1);

        HttpResponse<String> updated = t8.putJson("/api/ept/T8/webhooks/subscriptions/" + id, """
                {"url": "https://si.est-ensemble.fr/essor", "eventTypes": ["fr.essor.foncier.lease-signed.v1"],
                 "description": "Baux"}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).get("eventTypes").get(0).asString())
                .isEqualTo("fr.essor.foncier.lease-signed.v1");
        HttpResponse<String> disabled = t8.postJson("/api/ept/T8/webhooks/subscriptions/" + id + "/disable", "");
        assertThat(json.readTree(disabled.body()).get("status").asString()).isEqualTo("DISABLED");
        assertThat(t8.send("DELETE", "/api/ept/T8/webhooks/subscriptions/" + id, null, null).statusCode())
                .isEqualTo(204);
        assertThat(t8.get("/api/ept/T8/webhooks/subscriptions/" + id).statusCode()).isEqualTo(404);
        created.clear();
    }

    @Test
    void theOpenApiDocumentDescribesTheWebhooks() throws Exception {
        JsonNode document = json.readTree(Api.at(port).as("ops").get("/v3/api-docs").body());
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        JsonNode webhook = document.get("webhooks").get(OFFER_PUBLISHED).get("post");
        assertThat(webhook.get("description").asString()).contains("HMAC-SHA256", "whsec_");
        assertThat(webhook.get("parameters")).extracting(p -> p.get("name").asString())
                .containsExactlyInAnyOrder("webhook-id", "webhook-timestamp", "webhook-signature");
        JsonNode body = webhook.get("requestBody").get("content").get("application/cloudevents+json").get("schema");
        assertThat(body.get("properties").get("data").get("properties").has("offerId")).isTrue();
        assertThat(body.get("properties").get("data").get("properties").has("ownerName")).isFalse();
        assertThat(document.get("webhooks").has("fr.essor.foncier.lease-signed.v1")).isTrue();
        assertThat(document.get("paths").has("/api/ept/{territory}/webhooks/subscriptions")).isTrue();
    }

    private JsonNode subscribe(String account, String territory, String path) throws Exception {
        HttpResponse<String> response = Api.at(port).as(account).postJson("/api/ept/" + territory
                + "/webhooks/subscriptions", request(receiver.url(path)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode subscription = json.readTree(response.body());
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/api/ept/" + territory + "/webhooks/subscriptions/" + subscription.get("id").asString());
        assertThat(subscription.get("secret").asString()).startsWith("whsec_");
        assertThat(subscription.get("createdBy").asString()).isEqualTo(account);
        created.add(new String[] { territory, subscription.get("id").asString() });
        return subscription;
    }

    private static String request(String url) {
        return """
                {"url": "%s", "eventTypes": ["%s", "fr.essor.foncier.lease-signed.v1"],
                 "description": "SI de test"}""".formatted(url, OFFER_PUBLISHED);
    }

    private String publishOffer(String commune) throws Exception {
        HttpResponse<String> response = Api.at(port).as("sens").postJson("/api/premises/offers", """
                {"ownerType": "PRIVATE_OWNER", "ownerName": "Habitat privé Dupont",
                 "address": "3 rue de l'Église", "communeInsee": "%s", "surface": 175,
                 "allowedUsages": ["WORKSHOP"], "rentPerSquareMetre": 70, "availableFrom": "2027-01-01",
                 "tenure": "LONG_TERM", "erpCategory": 5, "accessible": true, "notes": "note interne"}"""
                .formatted(commune));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    private List<WebhookReceiver.Received> on(String path, String offerId) {
        return receiver.on(path).stream().filter(r -> r.text().contains("\"" + offerId + "\"")).toList();
    }

    private WebhookReceiver.Received awaitOne(String path, String offerId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !on(path, offerId).isEmpty());
        return on(path, offerId).getFirst();
    }

    private List<String> bodiesOn(String path) {
        return receiver.on(path).stream().map(WebhookReceiver.Received::text).toList();
    }
}
