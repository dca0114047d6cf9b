package fr.essor.e2e;

import fr.essor.e2e.ept.EptClient;
import fr.essor.e2e.ept.FeedReader;
import fr.essor.e2e.ept.StandardWebhookSignature;
import fr.essor.e2e.ept.WebhookReceiver;
import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10: the system of an EPT, written from docs/integration-ept.md and the services' OpenAPI documents alone
 * ({@code fr.essor.e2e.ept}: no class of a service or of the kit), follows Grand Paris Grand Est (T9) in funding. It
 * subscribes to funding's webhooks with a receiver of its own; an agent takes an application of Clichy-sous-Bois to
 * the EPTs' opinion; the system finds it on its awaiting-opinion feed, gives its opinion at the {@code opinionUrl}
 * the feed gives; the agent takes the file through the vote to a signed grant; the system receives the signed
 * {@code grant-awarded} webhook and reads the grant, its opinion and the application on its feeds. Every answer it
 * reads is checked against the schema of the service's document, every webhook body against the document's
 * {@code webhooks} section, every signature with its own verifier.
 */
@EndToEnd
class EptClientIT {

    private static final String TERRITORY = "T9";
    private static final String CLIENT = "ept-grand-est";
    private static final String CLICHY_SOUS_BOIS_T9 = "93014";
    private static final String MONTREUIL_T8 = "93048";
    private static final String SUBMITTED = "fr.essor.funding.application-submitted.v1";
    private static final String GRANT_AWARDED = "fr.essor.funding.grant-awarded.v1";
    /** The feeds serve a change once it has settled (2 s on the e2e platform); a failed webhook is retried after 5 s. */
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EssorPlatform platform;
    private final PlatformApi agent;

    EptClientIT(EssorPlatform platform) {
        this.platform = platform;
        this.agent = new PlatformApi(platform);
    }

    @Test
    void anEptSystemBuiltFromThePublishedDocumentsGivesItsOpinionAndIsToldOfTheGrantItLedTo() {
        // the guide: a client-credentials token from the provider's token endpoint, with the EPT role and territory
        EptClient ept = EptClient.discover(URI.create(platform.issuerUrl()), CLIENT, CLIENT);
        assertThat(ept.tokenClaims().path("territory").asString()).isEqualTo(TERRITORY);
        assertThat(ept.tokenClaims().path("roles").toString()).contains("EPT");
        EptClient.Service funding = ept.service(URI.create(platform.url(EssorService.FUNDING)));
        assertThat(funding.document().clientCredentialsTokenUrl()).as("the document names the same token endpoint")
                .contains(ept.tokenEndpoint().toString());
        assertThat(funding.document().webhookTypes()).contains(SUBMITTED, GRANT_AWARDED);

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            List<String> delivered = new ArrayList<>();
            funding.call("listWebhookEventTypes", Map.of(), Map.of(), null)
                    .forEach(type -> delivered.add(type.path("type").asString()));
            assertThat(delivered).contains(SUBMITTED, GRANT_AWARDED);
            JsonNode subscription = funding.call("createWebhookSubscription", Map.of("territory", TERRITORY),
                    Map.of(), """
                            {"url":"%s","eventTypes":["%s","%s"],"description":"SI de l'EPT (test de bout en bout)"}"""
                            .formatted(receiver.url(), SUBMITTED, GRANT_AWARDED));
            String subscriptionId = subscription.path("id").asString();
            String secret = subscription.path("secret").asString();
            assertThat(secret).startsWith("whsec_");
            try {
                follow(ept, funding, receiver, subscriptionId, secret);
            } finally {
                EptClient.Exchange deleted = funding.exchange("deleteWebhookSubscription",
                        Map.of("territory", TERRITORY, "id", subscriptionId), null);
                assertThat(deleted.status()).as("%s", deleted).isEqualTo(204);
            }
        }
    }

    private void follow(EptClient ept, EptClient.Service funding, WebhookReceiver receiver, String subscriptionId,
                        String secret) {
        // the system is up to date with its feeds before anything happens (small pages: the cursor is used)
        FeedReader awaiting = new FeedReader(funding, "eptApplicationsAwaitingOpinion", TERRITORY, 2);
        FeedReader grants = new FeedReader(funding, "eptGrantsAndPayments", TERRITORY, 2);
        FeedReader opinions = new FeedReader(funding, "eptOpinionsGiven", TERRITORY, 2);
        awaiting.readNew();
        grants.readNew();
        opinions.readNew();

        // an agent registers an organisation of Clichy-sous-Bois and its applications: two of T9, one of T8
        NewOrganisation organisation = NewOrganisation.association("Ressourcerie des Bosquets", CLICHY_SOUS_BOIS_T9);
        PlatformApi.Response registered = agent.register(EssorService.FUNDING, "dmta", organisation);
        assertThat(registered.status()).as("organisation: %s", registered).isEqualTo(201);
        int year = freshCall();
        String ours = submit(year, organisation, "Recyclerie de quartier", CLICHY_SOUS_BOIS_T9);
        String oursPending = submit(year, organisation, "Atelier de couture solidaire", CLICHY_SOUS_BOIS_T9);
        String elsewhere = submit(year, organisation, "Jardin partagé à Montreuil", MONTREUIL_T8);
        for (String step : List.of("DECLARE_ADMISSIBLE", "START_REVIEW", "REQUEST_TERRITORY_OPINION")) {
            transition(ours, step);
        }

        // the system finds it on its awaiting-opinion feed and gives its opinion where the item says
        JsonNode toGive = awaitItem(awaiting, ours, item -> true, "awaiting its opinion");
        assertThat(toGive.path("opinionRequested").asBoolean()).isTrue();
        String opinionUrl = toGive.path("opinionUrl").asString();
        List<String> opinionValues = funding.document().requestEnum(
                funding.document().operationAt("PUT", opinionUrl).orElseThrow(), "opinion");
        assertThat(opinionValues).as("the values the guide gives").containsExactlyInAnyOrder("FAVOURABLE",
                "RESERVED", "UNFAVOURABLE");
        JsonNode given = funding.callHandedOut("PUT", opinionUrl,
                "{\"opinion\":\"FAVOURABLE\",\"comment\":\"Projet attendu par les bailleurs du quartier\"}");
        assertThat(given.toString()).contains(ours);

        // the agent takes it through the vote to a grant and signs the agreement
        String reference = grant(year, ours);
        signAgreement(ours);

        // the signed webhook of the decision, for this territory, as the document describes it
        WebhookReceiver.Received awarded = receiver.await(about(GRANT_AWARDED, ours), WAIT, "grant-awarded");
        JsonNode event = verified(funding, awarded, secret);
        assertThat(event.path("essorterritory").asString()).isEqualTo(TERRITORY);
        assertThat(event.path("subject").asString()).isEqualTo(ours);
        assertThat(event.path("data").path("amount").decimalValue()).isEqualByComparingTo("14000");
        assertThat(event.path("data").path("decisionReference").asString()).isEqualTo(reference);
        assertThat(event.path("data").path("communesInsee").toString()).contains(CLICHY_SOUS_BOIS_T9);
        verified(funding, receiver.await(about(SUBMITTED, ours), WAIT, "application-submitted"), secret);
        verified(funding, receiver.await(about(SUBMITTED, oursPending), WAIT, "application-submitted"), secret);

        // its feeds: the grant, its opinion, the applications of its territory only
        JsonNode grantItem = awaitItem(grants, ours, item -> !item.path("signedOn").isNull(), "the signed grant",
                "applicationId");
        assertThat(grantItem.path("amount").decimalValue()).isEqualByComparingTo("14000");
        assertThat(grantItem.path("territoryCode").asString()).isEqualTo(TERRITORY);
        assertThat(grantItem.path("decisionReference").asString()).isEqualTo(reference);
        JsonNode withOpinion = awaitItem(opinions, ours, item -> true, "its opinion");
        assertThat(withOpinion.path("opinion").path("opinion").asString()).isEqualTo("FAVOURABLE");
        assertThat(withOpinion.path("opinion").path("recordedByAgent").asBoolean()).isFalse();
        assertThat(withOpinion.path("opinionUrl").isNull()).isTrue();

        FeedReader applications = new FeedReader(funding, "eptApplications", TERRITORY, 1);
        List<JsonNode> all = applications.readNew();
        assertThat(applications.pagesOfLastRead()).as("read page by page").isGreaterThanOrEqualTo(2);
        List<String> ids = all.stream().map(item -> item.path("id").asString()).toList();
        assertThat(ids).contains(ours, oursPending).doesNotContain(elsewhere);
        // an item is the current state of its application: one that changed during the reading comes back later
        JsonNode application = all.stream().filter(item -> item.path("id").asString().equals(ours))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(application.path("decision").path("granted").asBoolean()).isTrue();
        assertThat(application.path("opinion").path("opinion").asString()).isEqualTo("FAVOURABLE");

        // the delivery log says it was delivered; nothing of another territory was delivered
        JsonNode log = funding.call("listWebhookDeliveries", Map.of("territory", TERRITORY, "id", subscriptionId),
                Map.of(), null);
        JsonNode delivery = null;
        for (JsonNode entry : log) {
            if (entry.path("webhookId").asString().equals(awarded.header("webhook-id"))) {
                delivery = entry;
            }
        }
        assertThat(delivery).as("the delivery of grant-awarded in %s", log).isNotNull();
        assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivery.path("attempts").get(0).path("statusCode").asInt()).isEqualTo(204);
        assertThat(delivery.path("body").asString()).as("the body sent, byte for byte").isEqualTo(
                awarded.bodyText());
        for (WebhookReceiver.Received received : receiver.received()) {
            JsonNode body = verified(funding, received, secret);
            assertThat(body.path("essorterritory").asString()).isEqualTo(TERRITORY);
            assertThat(body.path("subject").asString()).isNotEqualTo(elsewhere);
        }

        // the other services' feeds, each read to its end as its own document describes it; roadmap's 360° directory
        // has learnt of the organisation funding registered
        EptClient.Service roadmap = ept.service(URI.create(platform.url(EssorService.ROADMAP)));
        JsonNode known = awaitItem(new FeedReader(roadmap, "eptDirectoryOrganisations", TERRITORY, 50),
                organisation.siret(), item -> true, "the organisation in roadmap's directory", "siret");
        assertThat(known.path("communeInsee").asString()).isEqualTo(CLICHY_SOUS_BOIS_T9);
        assertThat(known.path("knownBy").toString()).contains("funding");
        for (Map.Entry<EssorService, List<String>> feeds : Map.of(
                EssorService.PROCUREMENT, List.of("eptSourcingNeeds", "eptAwardedContracts"),
                EssorService.FONCIER, List.of("eptPremisesOffers", "eptPremisesNeeds", "eptPremisesChanges"))
                .entrySet()) {
            EptClient.Service service = ept.service(URI.create(platform.url(feeds.getKey())));
            for (String feed : feeds.getValue()) {
                FeedReader reader = new FeedReader(service, feed, TERRITORY, 50);
                reader.readNew();
                assertThat(reader.pagesOfLastRead()).as(feed).isPositive();
            }
        }
    }

    /** Checks a delivery as the guide says, then its body against the document's webhook; returns the body. */
    private static JsonNode verified(EptClient.Service funding, WebhookReceiver.Received received, String secret) {
        assertThat(StandardWebhookSignature.verify(secret, received.header("webhook-id"),
                received.header("webhook-timestamp"), received.header("webhook-signature"), received.body(),
                Instant.now())).as("signature of %s", received.bodyText()).isEqualTo(StandardWebhookSignature.Verdict.VALID);
        assertThat(received.header("content-type")).startsWith("application/cloudevents+json");
        JsonNode body = JSON.readTree(received.body());
        assertThat(body.path("id").asString()).as("webhook-id is the event's id").isEqualTo(received.header(
                "webhook-id"));
        assertThat(funding.document().webhookViolations(body.path("type").asString(), received.bodyText()))
                .isEmpty();
        return body;
    }

    private static Predicate<WebhookReceiver.Received> about(String type, String applicationId) {
        return received -> {
            JsonNode body = JSON.readTree(received.body());
            return type.equals(body.path("type").asString())
                    && applicationId.equals(body.path("data").path("applicationId").asString());
        };
    }

    private static JsonNode awaitItem(FeedReader feed, String id, Predicate<JsonNode> state, String what) {
        return awaitItem(feed, id, state, what, "id");
    }

    /** Reads what is new on the feed until the item is there in the wanted state (the feed settles first). */
    private static JsonNode awaitItem(FeedReader feed, String id, Predicate<JsonNode> state, String what,
                                      String idField) {
        List<JsonNode> seen = new ArrayList<>();
        await(what).atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            feed.readNew().stream().filter(item -> id.equals(item.path(idField).asString())).forEach(seen::add);
            return seen.stream().anyMatch(state);
        });
        return seen.stream().filter(state).reduce((first, second) -> second).orElseThrow();
    }

    // ---- the agent's side, through funding's API as dmta (pilot of the Appel à Agir)

    private String submit(int year, NewOrganisation organisation, String title, String commune) {
        PlatformApi.Response created = agentCall("POST", "/api/calls/" + year + "/applications", """
                {"organisation":"%s","title":"%s","summary":"Collecter, réparer, revendre",\
                "theme":"Réemploi","amounts":{"firstYearOperating":12000,"firstYearInvestment":3000},\
                "durationYears":1,"communeInsees":["%s"],"qpv":true,"projectBudget":40000,"incubation":false,\
                "receivedOn":"%s"}""".formatted(organisation.siret(), title, commune, today().minusDays(2)));
        // received two days ago: the sitting of yesterday that votes it may not precede its receipt
        assertThat(created.status()).as("application: %s", created).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void transition(String applicationId, String step) {
        PlatformApi.Response moved = agentCall("POST", "/api/applications/" + applicationId + "/transitions",
                "{\"action\":\"" + step + "\"}");
        assertThat(moved.status()).as("%s: %s", step, moved).isEqualTo(200);
    }

    /** Proposes, votes 14 000 € in a session and closes it; returns the deliberation's reference. */
    private String grant(int year, String applicationId) {
        transition(applicationId, "PROPOSE_FOR_VOTE");
        String reference = "CD-%d-EPT-%d".formatted(year, ThreadLocalRandom.current().nextInt(1_000_000));
        PlatformApi.Response session = agentCall("POST", "/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"%s"}"""
                .formatted(year, today().minusDays(1), reference));
        assertThat(session.status()).as("session: %s", session).isEqualTo(201);
        String sessionId = session.json().get("id").asString();
        PlatformApi.Response agenda = agentCall("POST", "/api/voting-sessions/" + sessionId + "/agenda",
                "{\"applicationId\":\"" + applicationId + "\"}");
        assertThat(agenda.status()).as("agenda: %s", agenda).isEqualTo(200);
        PlatformApi.Response vote = agentCall("PUT", "/api/voting-sessions/" + sessionId + "/votes/" + applicationId,
                "{\"outcome\":\"GRANTED\",\"amount\":14000,\"justification\":\"Réemploi en QPV\"}");
        assertThat(vote.status()).as("vote: %s", vote).isEqualTo(200);
        PlatformApi.Response closed = agentCall("POST", "/api/voting-sessions/" + sessionId + "/closing", "");
        assertThat(closed.status()).as("closing: %s", closed).isEqualTo(200);
        return reference;
    }

    /** Signs the grant's agreement once funding has opened the grant file of the vote. */
    private void signAgreement(String applicationId) {
        await("the grant file is signed").atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            PlatformApi.Response signed = agentCall("POST", "/api/grants/" + applicationId + "/signature",
                    "{\"signedOn\":\"" + today() + "\"}");
            assertThat(signed.status()).as("signature: %s", signed).isEqualTo(200);
        });
    }

    /** Sets up a call open today for a year no other run used. */
    private int freshCall() {
        LocalDate today = today();
        Set<Integer> tried = new HashSet<>();
        while (tried.size() < 20) {
            int year = ThreadLocalRandom.current().nextInt(2040, 2100);
            if (!tried.add(year)) {
                continue;
            }
            PlatformApi.Response call = agentCall("POST", "/api/calls", """
                    {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],"operatingEnvelope":800000,\
                    "investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s","twoYearApplications":true,\
                    "grid":[{"code":"utilite","label":"Utilité sociale","weight":1}],"territoryTargets":{}}"""
                    .formatted(year, year, today.minusDays(5), today.plusDays(5)));
            if (call.status() == 201) {
                return year;
            }
            assertThat(call.status()).as("call: %s", call).isEqualTo(409);
        }
        throw new IllegalStateException("No free call year");
    }

    private PlatformApi.Response agentCall(String method, String path, String json) {
        return agent.send(EssorService.FUNDING, method, path, "dmta", json);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
