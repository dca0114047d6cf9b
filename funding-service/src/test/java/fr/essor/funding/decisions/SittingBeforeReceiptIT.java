package fr.essor.funding.decisions;

import fr.essor.funding.ProposedForVote;
import fr.essor.funding.TestYears;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No decision is dated before its file was received (issue 11, « Right figures »): the API takes a paper file's
 * receipt date under the page's rule; a sitting dated the day before a file's receipt neither puts it on its agenda
 * nor closes with it (API: problem+json naming the field; page: the French message next to it), and a refused
 * closing writes and publishes nothing; the same sitting on the day of receipt closes.
 */
@EssorIntegrationTest
class SittingBeforeReceiptIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern SESSION = Pattern.compile("/seances/(SEANCE-[0-9]{4}-[0-9]{2})");
    private static final Consumer<String> PROBLEM_JSON = type -> assertThat(type)
            .startsWith("application/problem+json");

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    final LocalDate today = LocalDate.now(PARIS);

    Api as(String user) {
        return Api.at(port).as(user);
    }

    /** A call of a fresh year, opened 30 days ago and closing in 10 days. */
    int call() {
        int year = TestYears.fresh();
        HttpResponse<String> call = as("dmta").postJson("/api/calls", """
                {"year":%d,"title":"Appel à Agir %d","themes":["Réemploi"],"operatingEnvelope":800000,\
                "investmentEnvelope":200000,"opensOn":"%s","closesOn":"%s","twoYearApplications":false,\
                "grid":[{"code":"utilite","label":"Utilité sociale","weight":1}],"territoryTargets":{}}"""
                .formatted(year, year, today.minusDays(30), today.plusDays(10)));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
        return year;
    }

    /** A paper file typed in today by an agent; {@code receivedOn} is the JSON value, or null to leave it out. */
    HttpResponse<String> paperFile(int year, String receivedOn) {
        String siret = Sirets.next();
        assertThat(as("dmta").postJson("/api/organisations", """
                {"siret":"%s","name":"Ressourcerie %s","legalForm":"ASSOCIATION","esus":true,"inclusionType":null,\
                "communeInsee":"93066"}""".formatted(siret, siret)).statusCode()).isEqualTo(201);
        return as("dmta").postJson("/api/calls/" + year + "/applications", """
                {"organisation":"%s","title":"Ressourcerie %s","summary":"Réparer et revendre","theme":"Réemploi",\
                "amounts":{"firstYearOperating":9000},"durationYears":1,"communeInsees":["93066"],"qpv":false,\
                "projectBudget":30000,"incubation":false,"channel":"AGENT"%s}"""
                .formatted(siret, siret, receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\""));
    }

    /** A paper file received on {@code received}, taken through the instruction to « Proposée au vote ». */
    String proposed(int year, LocalDate received) {
        return new ProposedForVote(port, json).application(paperFile(year, received.toString()));
    }

    String openSession(int year, LocalDate sitting, String reference) {
        HttpResponse<String> opened = as("dmta").postJson("/api/voting-sessions", """
                {"callYear":%d,"sittingOn":"%s","deliberationReference":"%s"}""".formatted(year, sitting, reference));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return json.readTree(opened.body()).get("id").asString();
    }

    /** Dates a stored session's sitting anew, as one written before the rule (or moved in the store) would be. */
    void sitsOn(String session, LocalDate sitting) {
        assertThat(mongo.updateFirst(Query.query(Criteria.where("_id").is(session)),
                Update.update("sittingOn", sitting.toString()), "voting_sessions").getModifiedCount()).isEqualTo(1);
    }

    HttpResponse<String> close(String session) {
        return as("dmta").send("POST", "/api/voting-sessions/" + session + "/closing", null, null);
    }

    JsonNode application(String id) {
        return json.readTree(as("dmta").get("/api/applications/" + id).body());
    }

    /**
     * The events of this subject and type still waiting in the outbox of {@code collection} plus those already sent
     * (an event may be counted twice for a moment, between its acknowledgement and its removal: only 0 is exact).
     */
    long events(String collection, String subject, String type) {
        Document stored = mongo.getCollection(collection).find(new Document("_id", subject)).first();
        List<?> pending = stored == null ? List.of() : stored.getList("pendingEvents", Document.class, List.of());
        long waiting = pending.stream().map(Document.class::cast).filter(e -> type.equals(e.getString("type")))
                .count();
        long sent = mongo.getCollection("event_log").countDocuments(new Document("subject", subject)
                .append("type", type));
        return waiting + sent;
    }

    @Test
    void theApiTakesAPaperFilesReceiptDateUnderThePagesRule() {
        int year = call();

        HttpResponse<String> tomorrow = paperFile(year, today.plusDays(1).toString());
        HttpResponse<String> beforeTheCall = paperFile(year, today.minusDays(31).toString());
        HttpResponse<String> received = paperFile(year, today.minusDays(12).toString());
        HttpResponse<String> typedToday = paperFile(year, null);

        assertThat(tomorrow.statusCode()).isEqualTo(400);
        assertThat(tomorrow.headers().firstValue("Content-Type")).hasValueSatisfying(PROBLEM_JSON);
        JsonNode future = json.readTree(tomorrow.body()).get("errors").get(0);
        assertThat(future.get("field").asString()).isEqualTo("receivedOn");
        assertThat(future.get("code").asString()).isEqualTo("receivedOn.future");
        assertThat(future.get("message").asString())
                .isEqualTo("La date de réception ne peut pas être dans le futur.");
        assertThat(beforeTheCall.statusCode()).isEqualTo(400);
        JsonNode outside = json.readTree(beforeTheCall.body()).get("errors").get(0);
        assertThat(outside.get("field").asString()).isEqualTo("receivedOn");
        assertThat(outside.get("message").asString()).isEqualTo("L'appel " + year + " n'était pas ouvert le "
                + today.minusDays(31).format(FRENCH) + " : il est ouvert du " + today.minusDays(30).format(FRENCH)
                + " au " + today.plusDays(10).format(FRENCH) + ".");

        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        JsonNode paper = json.readTree(received.body());
        assertThat(paper.get("receivedOn").asString()).isEqualTo(today.minusDays(12).toString());
        assertThat(paper.get("history").get(0).get("note").asString())
                .isEqualTo("dossier reçu le " + today.minusDays(12).format(FRENCH));
        assertThat(typedToday.statusCode()).as(typedToday.body()).isEqualTo(201);
        assertThat(json.readTree(typedToday.body()).get("receivedOn").asString()).isEqualTo(today.toString());
        // the refused receipts stored nothing and drew no file number
        JsonNode listed = json.readTree(as("dmta").get("/api/calls/" + year + "/applications").body());
        assertThat(listed.findValuesAsString("id")).containsExactlyInAnyOrder("AAA-" + year + "-0001",
                "AAA-" + year + "-0002");
    }

    @Test
    void aSittingTheDayBeforeAFilesReceiptIsRefusedOverTheApiWritingAndPublishingNothing() {
        int year = call();
        LocalDate received = today.minusDays(10);
        String id = proposed(year, received);

        String early = openSession(year, received.minusDays(1), "CD-" + year + "-EARLY");
        HttpResponse<String> onAgenda = as("dmta").postJson("/api/voting-sessions/" + early + "/agenda",
                "{\"applicationId\":\"" + id + "\"}");
        assertThat(onAgenda.statusCode()).isEqualTo(400);
        assertThat(onAgenda.headers().firstValue("Content-Type")).hasValueSatisfying(PROBLEM_JSON);
        JsonNode refusedItem = json.readTree(onAgenda.body()).get("errors").get(0);
        assertThat(refusedItem.get("field").asString()).isEqualTo("applicationId");
        assertThat(refusedItem.get("code").asString()).isEqualTo("applicationId.receivedAfterSitting");
        assertThat(refusedItem.get("message").asString()).isEqualTo("Le dossier " + id + " a été reçu le "
                + received.format(FRENCH) + ", après la séance du " + received.minusDays(1).format(FRENCH)
                + " : cette séance ne peut pas le voter.");
        assertThat(json.readTree(as("dmta").get("/api/voting-sessions/" + early).body()).get("agenda")).isEmpty();

        // a session of the day of receipt takes it; its sitting is then dated the day before in the store, as a
        // session written before the rule would be
        String session = openSession(year, received, "CD-" + year + "-SAMEDAY");
        assertThat(as("dmta").postJson("/api/voting-sessions/" + session + "/agenda",
                "{\"applicationId\":\"" + id + "\"}").statusCode()).isEqualTo(200);
        assertThat(as("dmta").putJson("/api/voting-sessions/" + session + "/votes/" + id,
                "{\"outcome\":\"GRANTED\",\"amount\":9000,\"justification\":\"Utile\"}").statusCode()).isEqualTo(200);
        sitsOn(session, received.minusDays(1));
        long version = application(id).get("version").asLong();

        HttpResponse<String> closing = close(session);

        assertThat(closing.statusCode()).as(closing.body()).isEqualTo(400);
        assertThat(closing.headers().firstValue("Content-Type")).hasValueSatisfying(PROBLEM_JSON);
        JsonNode refusedClosing = json.readTree(closing.body()).get("errors").get(0);
        assertThat(refusedClosing.get("field").asString()).isEqualTo("sittingOn");
        assertThat(refusedClosing.get("code").asString()).isEqualTo("sittingOn.beforeReceipt");
        assertThat(refusedClosing.get("message").asString()).isEqualTo("La séance du "
                + received.minusDays(1).format(FRENCH) + " précède la réception du dossier " + id + " (reçu le "
                + received.format(FRENCH) + ") : retirez-le de l'ordre du jour pour clore la séance.");
        JsonNode untouched = application(id);
        assertThat(untouched.get("status").asString()).isEqualTo("PROPOSED_FOR_VOTE");
        assertThat(untouched.get("decision").isNull()).isTrue();
        assertThat(untouched.get("version").asLong()).isEqualTo(version);
        assertThat(json.readTree(as("dmta").get("/api/voting-sessions/" + session).body()).get("closed").asBoolean())
                .isFalse();
        assertThat(events("aaa_applications", id, "fr.essor.funding.application-decided.v1")).isZero();
        assertThat(events("aaa_applications", id, "fr.essor.funding.grant-awarded.v1")).isZero();
        assertThat(events("voting_sessions", session, "fr.essor.funding.laureates-published.v1")).isZero();

        // dated the day of receipt, the same session closes: the vote applies, dated by the sitting
        sitsOn(session, received);
        HttpResponse<String> closed = close(session);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        JsonNode decided = application(id);
        assertThat(decided.get("status").asString()).isEqualTo("GRANTED");
        assertThat(decided.get("decision").get("decidedOn").asString()).isEqualTo(received.toString());
        // once, through the outbox: the relay logs it as sent (it may be both logged and pending for a moment)
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.getCollection("event_log").countDocuments(
                new Document("subject", id).append("type", "fr.essor.funding.application-decided.v1")) == 1);
    }

    @Test
    void theSessionPageSaysNextToTheSittingWhichFileItPrecedes() {
        int year = call();
        LocalDate received = today.minusDays(8);
        String id = proposed(year, received);
        SignedInBrowser dmta = SignedInBrowser.signIn(port, "dmta");

        String early = openedOnPage(dmta, year, received.minusDays(1), "CD-" + year + "-PAGE-EARLY");
        HttpResponse<String> onAgenda = dmta.submit(early, early + "/ordre-du-jour", Map.of("applicationId", id));
        assertThat(onAgenda.statusCode()).isEqualTo(400);
        assertThat(onAgenda.body()).contains("Rien n’a été enregistré.",
                "aria-describedby=\"applicationId-erreur\"",
                "<p class=\"field__error\" id=\"applicationId-erreur\">Le dossier " + id + " a été reçu le "
                        + received.format(FRENCH) + ", après la séance du " + received.minusDays(1).format(FRENCH)
                        + " : cette séance ne peut pas le voter.</p>",
                "Aucune candidature à l");

        String page = openedOnPage(dmta, year, received, "CD-" + year + "-PAGE-SAMEDAY");
        assertThat(dmta.submit(page, page + "/ordre-du-jour", Map.of("applicationId", id)).statusCode())
                .isEqualTo(302);
        assertThat(dmta.submit(page, page + "/votes", Map.of("applicationId", id, "outcome", "REFUSED",
                "justification", "Budget fragile")).statusCode()).isEqualTo(302);
        sitsOn(page.substring("/seances/".length()), received.minusDays(1));

        HttpResponse<String> closing = dmta.submit(page, page + "/cloture", Map.of());

        assertThat(closing.statusCode()).isEqualTo(400);
        assertThat(closing.body()).contains("href=\"#sittingOn\"", "aria-describedby=\"sittingOn-erreur\"",
                "<p class=\"field__error\" id=\"sittingOn-erreur\"", "La séance du "
                        + received.minusDays(1).format(FRENCH) + " précède la réception du dossier " + id
                        + " (reçu le " + received.format(FRENCH) + ") : retirez-le de l", "Ouverte");
        assertThat(application(id).get("status").asString()).isEqualTo("PROPOSED_FOR_VOTE");
    }

    String openedOnPage(SignedInBrowser dmta, int year, LocalDate sitting, String reference) {
        HttpResponse<String> opened = dmta.submit("/seances", "/seances", Map.of("callYear", String.valueOf(year),
                "sittingOn", sitting.format(FRENCH), "deliberationReference", reference));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        Matcher session = SESSION.matcher(opened.headers().firstValue("Location").orElseThrow());
        assertThat(session.find()).isTrue();
        return "/seances/" + session.group(1);
    }
}
