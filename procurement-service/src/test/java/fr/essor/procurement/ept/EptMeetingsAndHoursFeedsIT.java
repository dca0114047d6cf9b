package fr.essor.procurement.ept;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EptFeedReader;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.procurement.contracts.ProcurementFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EPT feeds of the buyer ↔ supplier meetings (of the territory when they present one of its sourcing needs or a
 * need for the whole département) and of the insertion hours reported on its contracts: public fields only, each
 * change once while others arrive, another territory's facts never.
 */
@EssorIntegrationTest
class EptMeetingsAndHoursFeedsIT {

    private static final LocalDate ANSWER_BY = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);
    // periods relative to today, after any closure the other tests make (three months ago at most)
    private static final YearMonth LAST_MONTH = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1);
    private static final YearMonth TWO_MONTHS_AGO = LAST_MONTH.minusMonths(1);
    private static final String MONTREUIL = "93048";
    private static final String SAINT_DENIS = "93066";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    Api as(String user) {
        return Api.at(port).as(user);
    }

    EptFeedReader feed(String name) {
        return new EptFeedReader(as("ept-est-ensemble"), "/api/ept/T8/" + name, "T8");
    }

    @Test
    void anEptReadsTheMeetingsPresentingNeedsOfItsTerritoryOrOfTheWholeDepartementWithoutTheirParticipants() {
        String supplier = ProcurementFixtures.organisation(as("achats"), "Atelier vélo de Montreuil", "ASSOCIATION",
                "ACI", true);
        String estEnsembleNeed = publishNeed("T8");
        String estEnsemble = meeting("Fabrique des Jeux — vélo", estEnsembleNeed);
        assertThat(as("facilitateur").postJson("/api/sourcing-meetings/" + estEnsemble + "/participants", """
                {"organisationId":"%s"}""".formatted(supplier)).statusCode()).isEqualTo(201);
        String everywhere = meeting("Assises des achats", publishNeed(null));
        String plaineCommune = meeting("Rencontre à Saint-Denis", publishNeed("T6"));
        String noNeedYet = meeting("Rencontre sans besoin", null);

        List<JsonNode> meetings = feed("meetings").readOnSettled();

        assertThat(ids(meetings)).contains(estEnsemble, everywhere).doesNotContain(plaineCommune, noNeedYet);
        JsonNode meeting = byId(meetings, estEnsemble);
        assertThat(meeting.get("kind").asString()).isEqualTo("FABRIQUE_DES_JEUX");
        assertThat(meeting.get("kindLabel").asString()).isEqualTo("Fabrique des Jeux");
        assertThat(meeting.get("title").asString()).isEqualTo("Fabrique des Jeux — vélo");
        assertThat(meeting.get("place").asString()).isEqualTo("Bobigny, Hôtel du Département");
        assertThat(meeting.get("needs").get(0).get("needId").asString()).isEqualTo(estEnsembleNeed);
        assertThat(meeting.get("needs").get(0).get("object").asString()).isEqualTo("Ateliers de réparation de vélos");
        assertThat(meeting.get("participatingOrganisations").asInt()).isEqualTo(1);
        assertThat(meetings.toString()).doesNotContain("Atelier vélo de Montreuil").doesNotContain(supplier)
                .doesNotContain("\"facilitateur\"");
    }

    @Test
    void meetingsOrganisedWhileAnEptPagesThroughTheFeedAreEachReadExactlyOnce() {
        String estEnsembleNeed = publishNeed("T8");
        String plaineCommuneNeed = publishNeed("T6");
        feed("meetings").assertEachFactReadOnceWhileWriting(12, i -> {
            boolean estEnsemble = i % 3 != 0;
            return new EptFeedReader.Written(meeting("Rencontre " + i,
                    estEnsemble ? estEnsembleNeed : plaineCommuneNeed), estEnsemble);
        }, item -> item.get("id").asString());
    }

    @Test
    void anEptReadsTheInsertionHoursReportedOnTheContractsOfItsTerritoryAsCountsOnly() {
        String montreuil = awardedWithClause(MONTREUIL);
        String lastMonth = report(montreuil, LAST_MONTH, "120.5", "40");
        String twoMonthsAgo = report(montreuil, TWO_MONTHS_AGO, "80", "0");
        String saintDenis = report(awardedWithClause(SAINT_DENIS), LAST_MONTH, "60", "10");

        List<JsonNode> reports = feed("insertion-hours").readOnSettled();

        assertThat(ids(reports)).contains(lastMonth, twoMonthsAgo).doesNotContain(saintDenis);
        JsonNode report = byId(reports, lastMonth);
        assertThat(report.get("contractId").asString()).isEqualTo(montreuil);
        assertThat(report.get("contractObject").asString()).isEqualTo("Nettoyage des collèges");
        assertThat(report.get("executionCommuneInsee").asString()).isEqualTo(MONTREUIL);
        assertThat(report.get("period").asString()).isEqualTo(LAST_MONTH.toString());
        assertThat(report.get("periodKind").asString()).isEqualTo("MONTH");
        assertThat(report.get("periodStart").asString()).isEqualTo(LAST_MONTH.atDay(1).toString());
        assertThat(report.get("hours").decimalValue()).isEqualByComparingTo("160.5");
        assertThat(report.get("people").asInt()).isEqualTo(3);
        JsonNode rsa = null;
        for (JsonNode count : report.get("publics")) {
            if (count.get("key").asString().equals("rsaRecipients")) {
                rsa = count;
            }
        }
        assertThat(rsa).isNotNull();
        assertThat(rsa.get("hours").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(rsa.get("people").asInt()).isEqualTo(2);
        assertThat(reports.toString()).doesNotContain("\"facilitateur\"").doesNotContain("reportedBy");
    }

    @Test
    void hoursReportedWhileAnEptPagesThroughTheFeedAreEachReadExactlyOnce() {
        feed("insertion-hours").assertEachFactReadOnceWhileWriting(9, i -> {
            boolean estEnsemble = i % 3 != 0;
            String contract = awardedWithClause(estEnsemble ? MONTREUIL : SAINT_DENIS);
            return new EptFeedReader.Written(report(contract, LAST_MONTH, "35", "7"), estEnsemble);
        }, item -> item.get("id").asString());
    }

    @Test
    void onlyTheEptOfTheTerritoryReadsTheseFeeds() {
        for (String name : List.of("meetings", "insertion-hours")) {
            assertThat(as("facilitateur").get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(403);
            assertThat(as("admin").get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(403);
            HttpResponse<String> other = as("ept-est-ensemble").get("/api/ept/T6/" + name);
            assertThat(other.statusCode()).as(name).isEqualTo(403);
            assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(Api.at(port).get("/api/ept/T8/" + name).statusCode()).as(name).isEqualTo(401);
            HttpResponse<String> bad = as("ept-est-ensemble").get("/api/ept/T8/" + name + "?after=pas-un-jeton");
            assertThat(bad.statusCode()).as(name).isEqualTo(400);
            List<String> codes = new ArrayList<>();
            json.readTree(bad.body()).get("errors").forEach(e -> codes.add(e.get("code").asString()));
            assertThat(codes).containsExactly("after.format");
        }
        assertThat(as("ept-est-ensemble").postJson("/api/sourcing-meetings", """
                {"kind":"OTHER","title":"x","heldOn":"2027-03-12"}""").statusCode()).isEqualTo(403);
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asString()).toList();
    }

    private static JsonNode byId(List<JsonNode> items, String id) {
        return items.stream().filter(i -> i.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private String publishNeed(String territory) {
        HttpResponse<String> published = as("achats").postJson("/api/sourcing-needs", """
                {"buyerDirectorate":"DJVA","object":"Ateliers de réparation de vélos","cpvDivision":"50",
                 "territoryCode":%s,"minAmount":10000,"maxAmount":40000,"answerBy":"%s"}"""
                .formatted(territory == null ? "null" : "\"" + territory + "\"", ANSWER_BY));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return json.readTree(published.body()).get("id").asString();
    }

    /** A meeting presenting this need ({@code null}: none). */
    private String meeting(String title, String needId) {
        Api facilitator = as("facilitateur");
        HttpResponse<String> created = facilitator.postJson("/api/sourcing-meetings", """
                {"kind":"FABRIQUE_DES_JEUX","title":"%s","heldOn":"2027-03-12",
                 "place":"Bobigny, Hôtel du Département"}""".formatted(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        if (needId != null) {
            HttpResponse<String> discussed = facilitator.postJson("/api/sourcing-meetings/" + id + "/needs", """
                    {"needId":"%s"}""".formatted(needId));
            assertThat(discussed.statusCode()).as(discussed.body()).isEqualTo(201);
        }
        return id;
    }

    /** An awarded contract in this commune with a clause of 1 200 hours, started 8 months ago. */
    private String awardedWithClause(String commune) {
        Api buyer = as("achats");
        String siae = ProcurementFixtures.organisation(buyer, "Régie de quartier", "ASSOCIATION", "EI", true);
        String reference = ProcurementFixtures.reference();
        LocalDate start = LAST_MONTH.minusMonths(7).atDay(1);
        HttpResponse<String> opened = buyer.postJson("/api/contracts", """
                {"reference":"%s","lot":1,"object":"Nettoyage des collèges","procedure":"OPEN_TENDER",
                 "cpvCode":"90910000-9","estimatedAmount":300000,"durationMonths":24,"startOn":"%s",
                 "buyerDirectorate":"DBL","executionCommune":"%s","reservation":"NONE",
                 "socialConsiderations":["SOCIAL_CLAUSE"],"environmentalConsiderations":[],
                 "insertionHoursPlanned":1200,"ccag":"SUPPLIES_AND_SERVICES","priceForm":"UNIT"}"""
                .formatted(reference, start, commune));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = reference + "-L1";
        HttpResponse<String> awarded = buyer.postJson("/api/contracts/" + id + "/award", """
                {"holders":[{"siret":"%s","amount":290000}],"notifiedOn":"%s","offersReceived":2}"""
                .formatted(siae, start.minusDays(20)));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
        return id;
    }

    /** Reports the hours of a month on a contract; the report's id as the feed shows it. */
    private String report(String contractId, YearMonth month, String rsa, String under26) {
        HttpResponse<String> reported = as("facilitateur").postJson("/api/contracts/" + contractId
                + "/insertion-hours", """
                {"period":"%s","hours":{"rsaRecipients":%s,"under26":%s},"people":{"rsaRecipients":2,"under26":1}}"""
                .formatted(month, rsa, under26));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        return json.readTree(reported.body()).get("reportId").asString();
    }
}
