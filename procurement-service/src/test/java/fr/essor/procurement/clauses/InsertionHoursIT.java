package fr.essor.procurement.clauses;

import fr.essor.contracts.EventContracts;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Insertion hours on the real broker and store: reports, their facts, refusals, closure, follow-up and pages. */
@EssorIntegrationTest
class InsertionHoursIT {

    static final EventContracts CONTRACTS = EventContracts.load();
    // periods relative to today, so that the test holds whatever the date it runs
    static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Europe/Paris"));
    static final YearMonth LAST_MONTH = THIS_MONTH.minusMonths(1);

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api buyer;
    private Api facilitator;

    @BeforeEach
    void signIn() {
        buyer = Api.at(port).as("achats");
        facilitator = Api.at(port).as("facilitateur");
    }

    /** Opens a contract with a clause of 1 200 hours over 24 months, started 8 months ago, and awards it. */
    String awardedContractWithClause(String directorate) {
        String siae = organisation(buyer, "Régie de quartier du canal", "ASSOCIATION", "EI", true);
        String ref = reference();
        LocalDate start = THIS_MONTH.minusMonths(8).atDay(1);
        assertThat(buyer.postJson("/api/contracts", """
                {"reference":"%s","lot":1,"object":"Nettoyage des collèges","procedure":"OPEN_TENDER",
                 "cpvCode":"90910000-9","estimatedAmount":300000,"durationMonths":24,"startOn":"%s",
                 "buyerDirectorate":"%s","executionCommune":"93048","reservation":"L2113-13",
                 "socialConsiderations":["SOCIAL_CLAUSE","RESERVED_CONTRACT"],"environmentalConsiderations":[],
                 "insertionHoursPlanned":1200,"ccag":"SUPPLIES_AND_SERVICES","priceForm":"UNIT"}"""
                .formatted(ref, start, directorate)).statusCode()).isEqualTo(201);
        String id = ref + "-L1";
        HttpResponse<String> awarded = buyer.postJson("/api/contracts/" + id + "/award", """
                {"holders":[{"siret":"%s","amount":290000}],"notifiedOn":"%s","offersReceived":2}"""
                .formatted(siae, start.minusDays(20)));
        assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
        return id;
    }

    static String hours(String period, String rsa, String under26) {
        return """
                {"period":"%s","hours":{"rsaRecipients":%s,"under26":%s},"people":{"rsaRecipients":2,"under26":1}}"""
                .formatted(period, rsa, under26);
    }

    @Test
    void aFacilitatorReportsAMonthByPublicAndItIsPublishedAsItsContractSaysWithoutAnyPerson() {
        String id = awardedContractWithClause("DBL");

        HttpResponse<String> reported = facilitator.postJson("/api/contracts/" + id + "/insertion-hours",
                hours(LAST_MONTH.toString(), "120.5", "40"));

        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        JsonNode report = json.readTree(reported.body());
        assertThat(report.get("hours").decimalValue()).isEqualByComparingTo("160.5");
        assertThat(report.get("reportedBy").asString()).isEqualTo("facilitateur");
        assertThat(report.get("period").asString()).isEqualTo(LAST_MONTH.toString());

        TopicProbe.Received record = await("the report on the topic").atMost(Duration.ofSeconds(20))
                .until(() -> TopicProbe.ofTestInfrastructure().readAll("essor.procurement.contracts").stream()
                        .filter(r -> id.equals(r.key()) && r.header("ce_type").endsWith("insertion-hours-reported.v1"))
                        .findFirst().orElse(null), r -> r != null);
        assertThat(CONTRACTS.violations(record.header("ce_type"), record.value())).isEmpty();
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("eventId").asString()).isEqualTo(record.header("ce_id"));
        assertThat(payload.get("hours").decimalValue()).isEqualByComparingTo("160.5");
        assertThat(payload.get("periodStart").asString()).isEqualTo(LAST_MONTH.atDay(1).toString());
        assertThat(payload.get("periodEnd").asString()).isEqualTo(LAST_MONTH.atEndOfMonth().toString());
        assertThat(payload.get("hoursByPublic").get("rsaRecipients").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(payload.get("peopleByPublic").get("under26").asInt()).isEqualTo(1);
        assertThat(payload.get("territoryCode").asString()).isEqualTo("T8");
        assertThat(payload.get("buyerDirectorate").asString()).isEqualTo("DBL");
        assertThat(payload.get("recordedBy").asString()).isEqualTo("facilitateur");

        JsonNode clause = json.readTree(facilitator.get("/api/contracts/" + id + "/insertion-hours").body());
        assertThat(clause.get("plannedHours").asInt()).isEqualTo(1200);
        assertThat(clause.get("doneHours").decimalValue()).isEqualByComparingTo("160.5");
        assertThat(clause.get("reports")).hasSize(1);
        // 8 months of 24 elapsed: about 400 hours expected, 160.5 done
        assertThat(clause.get("lagging").asBoolean()).isTrue();
    }

    @Test
    void negativeHoursAPeriodReportedTwiceOrNotEndedAreRefusedWithTheReasonInFrench() {
        String id = awardedContractWithClause("DPAS");
        assertThat(facilitator.postJson("/api/contracts/" + id + "/insertion-hours",
                hours(LAST_MONTH.toString(), "10", "0")).statusCode()).isEqualTo(201);

        HttpResponse<String> negative = facilitator.postJson("/api/contracts/" + id + "/insertion-hours",
                hours(LAST_MONTH.minusMonths(1).toString(), "-4", "0"));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(negative.body()).contains("hours.rsaRecipients", "hours.negative",
                "Les heures ne peuvent pas être négatives (Bénéficiaires du RSA).");

        HttpResponse<String> twice = facilitator.postJson("/api/contracts/" + id + "/insertion-hours",
                hours(LAST_MONTH.getYear() + "-Q" + ((LAST_MONTH.getMonthValue() + 2) / 3), "10", "0"));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("period.alreadyReported");

        HttpResponse<String> notEnded = facilitator.postJson("/api/contracts/" + id + "/insertion-hours",
                hours(THIS_MONTH.toString(), "10", "0"));
        assertThat(notEnded.statusCode()).isEqualTo(400);
        assertThat(notEnded.body()).contains("period.notEnded", "n'est pas terminée");

        JsonNode clause = json.readTree(facilitator.get("/api/contracts/" + id + "/insertion-hours").body());
        assertThat(clause.get("doneHours").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void onceTheDieessClosedAPeriodItCannotBeReportedAndOnlyTheDieessCloses() {
        String id = awardedContractWithClause("DTER");
        YearMonth closed = THIS_MONTH.minusMonths(3);

        assertThat(facilitator.putJson("/api/insertion-hours/closure", """
                {"closedThrough":"%s"}""".formatted(closed.atEndOfMonth())).statusCode()).isEqualTo(403);
        HttpResponse<String> closing = Api.at(port).as("sens").putJson("/api/insertion-hours/closure", """
                {"closedThrough":"%s"}""".formatted(closed.atEndOfMonth()));
        assertThat(closing.statusCode()).as(closing.body()).isEqualTo(200);
        assertThat(json.readTree(closing.body()).get("closedBy").asString()).isEqualTo("sens");

        HttpResponse<String> refused = facilitator.postJson("/api/contracts/" + id + "/insertion-hours",
                hours(closed.toString(), "10", "0"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("period.closed", "la DIEESS a clos les déclarations");
        assertThat(facilitator.postJson("/api/contracts/" + id + "/insertion-hours",
                hours(closed.plusMonths(1).toString(), "10", "0")).statusCode()).isEqualTo(201);
        assertThat(Api.at(port).as("dter").postJson("/api/contracts/" + id + "/insertion-hours",
                hours(closed.plusMonths(2).toString(), "10", "0")).statusCode()).isEqualTo(403);
    }

    @Test
    void anOpenContractOrOneWithoutClauseReceivesNoHours() {
        String ref = reference();
        buyer.postJson("/api/contracts", """
                {"reference":"%s","lot":1,"object":"Fournitures","procedure":"OPEN_TENDER","cpvCode":"30190000",
                 "estimatedAmount":1000,"durationMonths":12,"startOn":"%s","buyerDirectorate":"DBL",
                 "reservation":"NONE","socialConsiderations":[],"environmentalConsiderations":[],
                 "insertionHoursPlanned":0,"ccag":"SUPPLIES_AND_SERVICES","priceForm":"UNIT"}"""
                .formatted(ref, THIS_MONTH.minusMonths(2).atDay(1)));

        HttpResponse<String> open = facilitator.postJson("/api/contracts/" + ref + "-L1/insertion-hours",
                hours(LAST_MONTH.toString(), "1", "1"));

        assertThat(open.statusCode()).isEqualTo(409);
        assertThat(open.body()).contains("n'est pas encore attribué");
        assertThat(facilitator.postJson("/api/contracts/NOPE-1/insertion-hours", hours("2026-01", "1", "1"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theFollowUpShowsPlannedAndDonePerDirectorateAndYearAndTheLaggingContracts() {
        String id = awardedContractWithClause("DJVA");
        facilitator.postJson("/api/contracts/" + id + "/insertion-hours", hours(LAST_MONTH.toString(), "500", "0"));

        JsonNode summary = json.readTree(facilitator.get("/api/insertion-hours").body());

        JsonNode done = null;
        for (JsonNode row : summary.get("byDirectorateAndYear")) {
            if (row.get("buyerDirectorate").asString().equals("DJVA")
                    && row.get("year").asInt() == LAST_MONTH.getYear()) {
                done = row;
            }
        }
        assertThat(done).as(summary.toString()).isNotNull();
        assertThat(done.get("doneHours").decimalValue()).isEqualByComparingTo("500");
        JsonNode contract = null;
        for (JsonNode c : summary.get("contracts")) {
            if (c.get("contractId").asString().equals(id)) {
                contract = c;
            }
        }
        assertThat(contract).isNotNull();
        assertThat(contract.get("lagging").asBoolean()).as("500 h done for about 400 expected").isFalse();
    }

    @Test
    void aFacilitatorReportsFromTheContractPageAndSeesTheLedgerOrTheErrorNextToTheField() {
        String id = awardedContractWithClause("DMTA");
        SignedInBrowser browser = SignedInBrowser.withToken(port, "facilitateur");
        String contractPage = "/marches/" + id;

        HttpResponse<String> page = browser.page(contractPage);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Clause d'insertion : heures réalisées", "1\u202f200 h",
                "Aucune heure déclarée pour l'instant.", "Déclarer les heures", "En retard");

        HttpResponse<String> refused = browser.submit(contractPage, contractPage + "/heures-insertion", Map.of(
                "period", LAST_MONTH.toString(), "hours_rsaRecipients", "-2", "people_rsaRecipients", "1"));
        assertThat(refused.statusCode()).isEqualTo(302);
        HttpResponse<String> withError = browser.follow(refused);
        assertThat(withError.body()).contains("aria-describedby=\"hours_rsaRecipients-erreur\"",
                "Les heures ne peuvent pas être négatives", "value=\"-2\"");

        HttpResponse<String> reported = browser.submit(contractPage, contractPage + "/heures-insertion", Map.of(
                "period", LAST_MONTH.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")),
                "hours_under26", "37,5", "people_under26", "1"));
        HttpResponse<String> ledger = browser.follow(reported);
        assertThat(ledger.body()).contains("37,5 h déclarées pour", "Jeunes de moins de 26 ans : 37,5 h (1 personne)");

        HttpResponse<String> followUp = browser.page("/heures-insertion");
        assertThat(followUp.statusCode()).isEqualTo(200);
        assertThat(followUp.body()).contains("Clauses d'insertion", id, "DMTA").doesNotContain("Clore les déclarations");
    }

    @Test
    void theDieessClosingFromThePageWithADayThatDoesNotExistIsRefusedNotReadAsTheLastDayOfTheMonth() {
        SignedInBrowser browser = SignedInBrowser.withToken(port, "sens");
        HttpResponse<String> page = browser.page("/heures-insertion");
        assertThat(page.body()).contains("Clore les déclarations");
        String closedBefore = json.readTree(facilitator.get("/api/insertion-hours").body()).path("closure").toString();

        // 31/02 of a year long gone: read leniently it would close everything through 28/02
        HttpResponse<String> refused = browser.submit("/heures-insertion", "/heures-insertion/cloture",
                Map.of("closedThrough", "31/02/2020"));
        HttpResponse<String> withError = browser.follow(refused);

        assertThat(withError.body()).contains("aria-describedby=\"closedThrough-aide closedThrough-erreur\"",
                "La date s&#39;écrit jj/mm/aaaa", "value=\"31/02/2020\"");
        assertThat(json.readTree(facilitator.get("/api/insertion-hours").body()).path("closure").toString())
                .isEqualTo(closedBefore);
    }
}
