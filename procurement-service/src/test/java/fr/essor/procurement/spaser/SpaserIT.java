package fr.essor.procurement.spaser;

import fr.essor.kit.testing.PdfDocuments;
import fr.essor.kit.testing.PdfUaValidation;
import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPASER indicators of a year move with the contracts awarded and the hours reported (measured as differences,
 * since the store is shared with the other tests), against the targets the DIEESS sets; the annual report in PDF and
 * XLSX carries the same values.
 */
@EssorIntegrationTest
class SpaserIT {

    static final YearMonth LAST_MONTH = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1);
    static final int YEAR = LAST_MONTH.getYear();

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private Api buyer;
    private Api facilitator;
    private Api sens;

    @BeforeEach
    void signIn() {
        buyer = Api.at(port).as("achats");
        facilitator = Api.at(port).as("facilitateur");
        sens = Api.at(port).as("sens");
    }

    JsonNode spaser(int year) {
        HttpResponse<String> response = sens.get("/api/spaser?year=" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static JsonNode indicator(JsonNode statement, String code) {
        for (JsonNode indicator : statement.get("indicators")) {
            if (indicator.get("code").asString().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + code);
    }

    static BigDecimal value(JsonNode statement, String code) {
        JsonNode value = indicator(statement, code).get("value");
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    /** Opens and awards a contract notified at the start of last month; returns its id. */
    String awarded(String reservation, String social, String environmental, int hours, String holder, String amount) {
        String ref = reference();
        LocalDate start = LAST_MONTH.atDay(1);
        HttpResponse<String> opened = buyer.postJson("/api/contracts", """
                {"reference":"%s","object":"Propreté des collèges","procedure":"OPEN_TENDER",
                 "cpvCode":"90910000-9","estimatedAmount":%s,"durationMonths":24,"startOn":"%s",
                 "buyerDirectorate":"DBL","executionCommune":"93048","reservation":"%s",
                 "socialConsiderations":%s,"environmentalConsiderations":%s,
                 "insertionHoursPlanned":%d,"ccag":"SUPPLIES_AND_SERVICES","priceForm":"UNIT"}"""
                .formatted(ref, amount, start, reservation, social, environmental, hours));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        HttpResponse<String> award = buyer.postJson("/api/contracts/" + ref + "/award", """
                {"holders":[{"siret":"%s","name":"Propreté SAS","amount":%s}],"notifiedOn":"%s","offersReceived":2}"""
                .formatted(holder, amount, start));
        assertThat(award.statusCode()).as(award.body()).isEqualTo(200);
        return ref;
    }

    @Test
    void awardsAndReportedHoursMoveTheYearsIndicatorsAndTheReportCarriesTheSameValues() throws Exception {
        JsonNode before = spaser(YEAR);
        int awardedBefore = before.get("awardedContracts").asInt();
        long socialBefore = count(value(before, "SOCIAL_CONSIDERATION_SHARE"), awardedBefore);
        long environmentalBefore = count(value(before, "ENVIRONMENTAL_CONSIDERATION_SHARE"), awardedBefore);

        String siae = organisation(buyer, "Régie Spaser", "ASSOCIATION", "EI", true);
        String ea = organisation(buyer, "EA Spaser", "ASSOCIATION", "EA", false);
        String siaeContract = awarded("L2113-13", "[\"SOCIAL_CLAUSE\"]", "[]", 1000, siae, "100000");
        String eaContract = awarded("L2113-12", "[]", "[\"ENVIRONMENTAL_CLAUSE\"]", 0, ea, "40000.5");
        awarded("NONE", "[]", "[]", 0, fr.essor.kit.testing.Sirets.next(), "30000");
        HttpResponse<String> reported = facilitator.postJson("/api/contracts/" + siaeContract + "/insertion-hours", """
                {"period":"%s","hours":{"rsaRecipients":200.5,"under26":50},"people":{"rsaRecipients":3,"under26":1}}"""
                .formatted(LAST_MONTH));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);

        JsonNode after = spaser(YEAR);

        int awardedAfter = after.get("awardedContracts").asInt();
        assertThat(awardedAfter).isEqualTo(awardedBefore + 3);
        assertThat(value(after, "SOCIAL_CONSIDERATION_SHARE")).isEqualByComparingTo(
                share(socialBefore + 2, awardedAfter));
        assertThat(value(after, "ENVIRONMENTAL_CONSIDERATION_SHARE")).isEqualByComparingTo(
                share(environmentalBefore + 1, awardedAfter));
        assertThat(delta(before, after, "RESERVED_L2113_13_COUNT")).isEqualByComparingTo("1");
        assertThat(delta(before, after, "RESERVED_L2113_13_AMOUNT")).isEqualByComparingTo("100000");
        assertThat(delta(before, after, "RESERVED_L2113_12_COUNT")).isEqualByComparingTo("1");
        assertThat(delta(before, after, "RESERVED_L2113_12_AMOUNT")).isEqualByComparingTo("40000.50");
        assertThat(delta(before, after, "RESERVED_L2113_15_COUNT")).isEqualByComparingTo("0");
        assertThat(delta(before, after, "ESS_SUPPLIERS_AMOUNT")).isEqualByComparingTo("140000.50");
        assertThat(delta(before, after, "INSERTION_HOURS_PLANNED")).isEqualByComparingTo("1000");
        assertThat(delta(before, after, "INSERTION_HOURS_DONE")).isEqualByComparingTo("250.5");
        assertThat(after.get("reservedContracts").toString()).contains(siaeContract, eaContract, "Régie Spaser");
        assertThat(after.get("insertionClauses").toString()).contains(siaeContract);

        BigDecimal reservedAmount = value(after, "RESERVED_L2113_13_AMOUNT");
        SignedInBrowser dieess = SignedInBrowser.withToken(port, "sens");
        HttpResponse<byte[]> pdf = dieess.download("/spaser/" + YEAR + "/rapport.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PdfDocuments.keepForReview("rapport-spaser", pdf.body());
        PdfUaValidation.assertCompliant(pdf.body());
        PdfDocuments.assertKitLayoutWithTrailingAnnexes(pdf.body(), "Rapport annuel du SPASER " + YEAR,
                "Annexe 1 : Marchés réservés attribués en " + YEAR);
        String text = PdfDocuments.text(pdf.body());
        assertThat(text).contains("Rapport annuel du SPASER " + YEAR, "Marchés réservés aux SIAE (L2113-13)",
                siaeContract, eaContract, "Régie Spaser", "250,5", "Référence : SPASER-" + YEAR,
                "Annexe 2 : Heures d'insertion en " + YEAR, "Département de la Seine-Saint-Denis");
        PdfDocuments.assertNoCodeNorLogin(text, "facilitateur", "sens");

        HttpResponse<byte[]> xlsx = dieess.download("/spaser/" + YEAR + "/rapport.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet indicators = workbook.getSheet("Indicateurs " + YEAR);
            assertThat(numberOf(indicators, "RESERVED_L2113_13_AMOUNT", 4)).isEqualTo(reservedAmount.doubleValue());
            assertThat(numberOf(indicators, "INSERTION_HOURS_DONE", 4))
                    .isEqualTo(value(after, "INSERTION_HOURS_DONE").doubleValue());
            Sheet reserved = workbook.getSheet("Marchés réservés");
            assertThat(numberOf(reserved, eaContract, 5)).isEqualTo(40000.5);
            assertThat(textOf(reserved, eaContract, 3)).isEqualTo("L2113-12");
            assertThat(reserved.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Notifié le");
            Cell notified = rowOf(reserved, eaContract).getCell(6);
            assertThat(notified.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(notified)).isTrue();
            assertThat(notified.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(rowOf(reserved, eaContract).getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.00 \"€\"");
            assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) reserved).getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:G");
            Sheet hours = workbook.getSheet("Heures d'insertion");
            assertThat(numberOf(hours, siaeContract, 3)).isEqualTo(1000);
            assertThat(numberOf(hours, siaeContract, 4)).isEqualTo(250.5);
        }
    }

    @Test
    void targetsAreEmptyUntilTheDieessSetsThemAndOnlyItMay() {
        JsonNode empty = spaser(2028);
        assertThat(empty.get("inScheme").asBoolean()).isTrue();
        assertThat(empty.get("indicators")).allSatisfy(i -> assertThat(i.get("target").isNull()).isTrue());

        HttpResponse<String> byBuyer = buyer.putJson("/api/spaser/targets/2027", """
                {"RESERVED_L2113_13_COUNT": 10}""");
        assertThat(byBuyer.statusCode()).isEqualTo(403);

        HttpResponse<String> wrong = sens.putJson("/api/spaser/targets/2027", """
                {"SOCIAL_CONSIDERATION_SHARE": 120, "RESERVED_L2113_12_COUNT": 1.5}""");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(wrong.body()).contains("target.percent", "target.scale", "entre 0 et 100");

        HttpResponse<String> outside = sens.putJson("/api/spaser/targets/2030", """
                {"SOCIAL_CONSIDERATION_SHARE": 30}""");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("year.outsideScheme");

        HttpResponse<String> set = sens.putJson("/api/spaser/targets/2027", """
                {"SOCIAL_CONSIDERATION_SHARE": 35.5, "ESS_SUPPLIERS_AMOUNT": 2500000, "RESERVED_L2113_13_COUNT": 0}""");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonNode statement = json.readTree(set.body());
        assertThat(statement.get("targetsUpdatedBy").asString()).isEqualTo("sens");
        assertThat(indicator(statement, "SOCIAL_CONSIDERATION_SHARE").get("target").decimalValue())
                .isEqualByComparingTo("35.5");
        // nothing is awarded in 2027 yet: no share, a zero count reaches a zero target
        assertThat(indicator(statement, "SOCIAL_CONSIDERATION_SHARE").get("value").isNull()).isTrue();
        assertThat(indicator(statement, "RESERVED_L2113_13_COUNT").get("reached").asBoolean()).isTrue();
        assertThat(indicator(statement, "ESS_SUPPLIERS_AMOUNT").get("reached").asBoolean()).isFalse();
        assertThat(indicator(spaser(2027), "ESS_SUPPLIERS_AMOUNT").get("target").decimalValue())
                .isEqualByComparingTo("2500000");
    }

    @Test
    void theDashboardShowsTheYearAgainstItsTargetsAndTheDieessSetsThemWithErrorsNextToTheFields() throws Exception {
        HttpResponse<String> forBuyer = Api.at(port).as("achats").page("/spaser?year=2028");
        assertThat(forBuyer.statusCode()).isEqualTo(200);
        assertThat(forBuyer.body()).contains("Tableau de bord du SPASER — 2028", "Aucun objectif fixé pour 2028",
                "Réserver des marchés aux structures inclusives et à l&#39;ESS", "Non fixé", "rapport.pdf")
                .doesNotContain("Enregistrer les objectifs");

        SignedInBrowser browser = SignedInBrowser.withToken(port, "sens");
        String dashboardPage = "/spaser?year=2026";
        HttpResponse<String> page = browser.page(dashboardPage);
        assertThat(page.body()).contains("Enregistrer les objectifs", "target_INSERTION_HOURS_DONE");

        HttpResponse<String> refused = browser.submit(dashboardPage, "/spaser/targets", Map.of("year", "2026",
                "target_INSERTION_HOURS_DONE", "beaucoup", "target_SOCIAL_CONSIDERATION_SHARE", "40"));
        assertThat(refused.statusCode()).isEqualTo(302);
        HttpResponse<String> withError = browser.follow(refused);
        assertThat(withError.body()).contains("aria-describedby=\"target_INSERTION_HOURS_DONE-erreur\"",
                "L&#39;objectif est un nombre", "value=\"beaucoup\"");

        HttpResponse<String> saved = browser.submit(dashboardPage, "/spaser/targets", Map.of("year", "2026",
                "target_INSERTION_HOURS_DONE", "12 000,5"));
        assertThat(saved.statusCode()).isEqualTo(302);
        HttpResponse<String> dashboard = browser.follow(saved);
        assertThat(dashboard.body()).contains("Objectifs 2026 enregistrés.", "12\u202f000,5 h", "par sens");
        assertThat(indicator(spaser(2026), "INSERTION_HOURS_DONE").get("target").decimalValue())
                .isEqualByComparingTo("12000.5");
    }

    private static long count(BigDecimal share, int awarded) {
        return share == null ? 0 : share.multiply(BigDecimal.valueOf(awarded)).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal share(long part, int whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal delta(JsonNode before, JsonNode after, String code) {
        return value(after, code).subtract(value(before, code));
    }

    private static double numberOf(Sheet sheet, String key, int column) {
        return rowOf(sheet, key).getCell(column).getNumericCellValue();
    }

    private static String textOf(Sheet sheet, String key, int column) {
        return rowOf(sheet, key).getCell(column).getStringCellValue();
    }

    private static Row rowOf(Sheet sheet, String key) {
        for (Row row : sheet) {
            for (int c = 0; c < 2; c++) {
                if (row.getCell(c) != null && key.equals(row.getCell(c).getStringCellValue())) {
                    return row;
                }
            }
        }
        throw new AssertionError("No row " + key + " in " + sheet.getSheetName());
    }
}
