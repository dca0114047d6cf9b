package fr.essor.roadmap.indicators;

import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The indicator exports, linked from the list, carry each computed value per year and EPT as a fact moved it. */
@EssorIntegrationTest
class IndicatorExportsIT {

    @LocalServerPort
    int port;

    final IndicatorFacts facts = new IndicatorFacts();
    SignedInBrowser sens;

    @BeforeEach
    void signIn() {
        sens = SignedInBrowser.withToken(port, "sens");
    }

    @Test
    void theCsvExportCarriesAGrantsAmountForItsYearAndEptInFrenchFormat() {
        facts.deliver(grant(2038, "T9", "2500.50"));

        List<String> rows = await().atMost(Duration.ofSeconds(30)).until(() -> csvLines(),
                lines -> lines.stream().anyMatch(l -> l.startsWith("aaa-amount-awarded;") && l.contains(";2038;")
                        && l.contains(";T9;Grand Paris Grand Est;2500,5;")));

        assertThat(rows.getFirst()).isEqualTo(
                "Identifiant;Indicateur;Type;Unité;Année;Code EPT;Territoire;Valeur;Cible;Nombre de sources");
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("aaa-laureates;").contains(";2038;")
                .contains(";T9;Grand Paris Grand Est;1;;1"));
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("aaa-amount-awarded;")
                .contains(";2038;;Tout le département;2500,5;"));
        assertThat(rows).noneSatisfy(l -> assertThat(l).startsWith("aaa-amount-awarded;")
                .contains(";2038;T6;Plaine Commune;2500"));
        HttpResponse<String> list = sens.page("/indicateurs");
        assertThat(list.body()).contains("href=\"/indicateurs/export.csv\"", "href=\"/indicateurs/export.xlsx\"");
    }

    @Test
    void theXlsxExportHasOneRowPerIndicatorYearAndTerritoryWithNumbersAsNumbers() throws Exception {
        facts.deliver(grant(2039, "T6", "4321"));
        await().atMost(Duration.ofSeconds(30)).until(() -> csvLines().stream().anyMatch(l ->
                l.startsWith("aaa-amount-awarded;") && l.contains(";2039;T6;Plaine Commune;4321;")));

        HttpResponse<byte[]> xlsx = sens.download("/indicateurs/export.xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("indicateurs-feuille-de-route.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Indicateurs");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Identifiant");
            Row found = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("aaa-amount-awarded")
                        && row.getCell(4).getNumericCellValue() == 2039.0 && row.getCell(5) != null
                        && row.getCell(5).getStringCellValue().equals("T6")) {
                    found = row;
                }
            }
            assertThat(found).isNotNull();
            assertThat(found.getCell(6).getStringCellValue()).isEqualTo("Plaine Commune");
            assertThat(found.getCell(7).getNumericCellValue()).isEqualTo(4321.0);
            assertThat(found.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(found.getCell(9).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    private List<String> csvLines() {
        HttpResponse<byte[]> csv = sens.download("/indicateurs/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("text/csv"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    private IndicatorFacts.Fact grant(int callYear, String territory, String amount) {
        return facts.of("grant-awarded.v1", p -> {
            p.put("applicationId", IndicatorFacts.unique("AAA-" + callYear));
            p.put("callYear", callYear);
            p.put("organisationId", Sirets.next());
            p.put("amount", new BigDecimal(amount));
            p.put("territoryCode", territory);
            p.putArray("territoryCodes").add(territory);
        });
    }
}
