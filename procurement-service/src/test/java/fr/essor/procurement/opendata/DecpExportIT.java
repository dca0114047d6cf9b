package fr.essor.procurement.opendata;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;

import static fr.essor.procurement.contracts.ProcurementFixtures.award;
import static fr.essor.procurement.contracts.ProcurementFixtures.contract;
import static fr.essor.procurement.contracts.ProcurementFixtures.organisation;
import static fr.essor.procurement.contracts.ProcurementFixtures.reference;
import static org.assertj.core.api.Assertions.assertThat;

@EssorIntegrationTest
class DecpExportIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    final DecpSchema schema = DecpSchema.load();

    @Test
    void theAwardedContractsArePublishedInTheDecpFormatAndValidateAgainstItsSchema() {
        Api buyer = Api.at(port).as("achats");
        String ea = organisation(buyer, "Atelier adapté de Bondy", "ESS_COMPANY", "EA", false);
        String ref = reference();
        assertThat(buyer.postJson("/api/contracts", contract(ref, "L2113-12", "79342000-3",
                "[\"SOCIAL_CLAUSE\",\"SOCIAL_CRITERION\"]", 800)).statusCode()).isEqualTo(201);
        String id = ref + "-L1";
        assertThat(buyer.postJson("/api/contracts/" + id + "/award", award(ea, "45000.25")).statusCode())
                .isEqualTo(200);
        assertThat(buyer.postJson("/api/contracts/" + id + "/modifications",
                "{\"notifiedOn\":\"2026-03-01\",\"durationMonths\":40,\"reason\":\"Prolongation\"}").statusCode())
                .isEqualTo(201);
        String open = reference();
        assertThat(buyer.postJson("/api/contracts", contract(open, "NONE", "45000000", "[]", 0)).statusCode())
                .isEqualTo(201);

        HttpResponse<String> export = buyer.get("/api/opendata/decp.json");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(schema.violations(export.body())).isEmpty();
        JsonNode marches = json.readTree(export.body()).get("marches").get("marche");
        assertThat(StreamSupport.stream(marches.spliterator(), false).map(m -> m.get("id").asString()))
                .contains(id).doesNotContain(open + "-L1");
        JsonNode marche = StreamSupport.stream(marches.spliterator(), false)
                .filter(m -> m.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(marche.get("acheteur").get("id").asString()).isEqualTo("22930008200018");
        assertThat(marche.get("nature").asString()).isEqualTo("Marché");
        assertThat(marche.get("codeCPV").asString()).isEqualTo("79342000-3");
        assertThat(marche.get("procedure").asString()).isEqualTo("Appel d'offres ouvert");
        assertThat(marche.get("ccag").asString()).isEqualTo("Fournitures courantes et services");
        assertThat(marche.get("montant").decimalValue()).isEqualByComparingTo("45000.25");
        assertThat(marche.get("dureeMois").asInt()).isEqualTo(36);
        assertThat(marche.get("dateNotification").asString()).isEqualTo("2026-01-15");
        assertThat(marche.get("offresRecues").asInt()).isEqualTo(3);
        assertThat(marche.get("lieuExecution").get("code").asString()).isEqualTo("93066");
        assertThat(marche.get("lieuExecution").get("typeCode").asString()).isEqualTo("Code commune");
        assertThat(marche.get("titulaires").get(0).get("titulaire").get("id").asString()).isEqualTo(ea);
        assertThat(marche.get("titulaires").get(0).get("titulaire").get("typeIdentifiant").asString())
                .isEqualTo("SIRET");
        assertThat(marche.get("considerationsSociales").get("considerationSociale").valueStream()
                .map(JsonNode::asString)).containsExactly("Clause sociale", "Critère social", "Marché réservé");
        assertThat(marche.get("considerationsEnvironnementales").get("considerationEnvironnementale").get(0)
                .asString()).isEqualTo("Clause environnementale");
        JsonNode modification = marche.get("modifications").get(0).get("modification");
        assertThat(modification.get("id").asInt()).isEqualTo(1);
        assertThat(modification.get("dureeMois").asInt()).isEqualTo(40);
        assertThat(modification.has("montant")).isFalse();
    }

    @Test
    void theCsvForPeopleListsEveryContractWithItsReservationAndHolderInFrench() {
        Api buyer = Api.at(port).as("achats");
        String aci = organisation(buyer, "Chantier; école \\\"Le Relais\\\"", "ASSOCIATION", "ACI", false);
        String ref = reference();
        buyer.postJson("/api/contracts", contract(ref, "L2113-13", "90910000-9", "[]", 0));
        assertThat(buyer.postJson("/api/contracts/" + ref + "-L1/award", award(aci, "12000")).statusCode())
                .isEqualTo(200);

        HttpResponse<String> csv = buyer.get("/api/opendata/contracts.csv", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).as("a byte order mark").startsWith("\uFEFF");
        String[] lines = csv.body().substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("Identifiant;Référence;Lot;Objet;Procédure;Code CPV;Direction acheteuse (sigle);"
                + "Code INSEE du lieu d'exécution;Lieu d'exécution;Code EPT;Territoire;Réservation (article);");
        String line = java.util.Arrays.stream(lines).filter(l -> l.startsWith(ref + "-L1;" + ref + ";1;")).findFirst()
                .orElseThrow();
        assertThat(line).contains(";L2113-13;", "Marché réservé", aci, "\"Chantier; école \"\"Le Relais\"\"\"",
                ";Oui;", ";12000,00;");
        assertThat(line).as("the award's date and the last change in Paris time, jj/mm/aaaa")
                .containsPattern(";\\d{2}/\\d{2}/\\d{4};")
                .containsPattern(";\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2};");
    }

    @Test
    void theXlsxExportHasTheCsvColumnsWithAmountsAsNumbers() throws Exception {
        Api buyer = Api.at(port).as("achats");
        String esat = organisation(buyer, "Régie des Lilas", "ASSOCIATION", "EI", false);
        String ref = reference();
        buyer.postJson("/api/contracts", contract(ref, "L2113-13", "90910000-9", "[]", 0));
        assertThat(buyer.postJson("/api/contracts/" + ref + "-L1/award", award(esat, "12345.67")).statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> xlsx = SignedInBrowser.withToken(port, "achats").download("/api/opendata/contracts.xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Marchés");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Identifiant");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            int holders = column(header, "Titulaires (SIRET)");
            int awarded = column(header, "Montant attribué (€ HT)");
            int reservation = column(header, "Réservation (article)");
            int notified = column(header, "Notifié le");
            int updated = column(header, "Mis à jour le");
            Row row = null;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if ((ref + "-L1").equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    row = sheet.getRow(r);
                }
            }
            assertThat(row).as("the awarded lot's row").isNotNull();
            assertThat(row.getCell(holders).getStringCellValue()).isEqualTo(esat);
            assertThat(row.getCell(reservation).getStringCellValue()).isEqualTo("L2113-13");
            assertThat(row.getCell(awarded).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(awarded).getNumericCellValue()).isEqualTo(12345.67);
            assertThat(row.getCell(awarded).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"€\"");
            assertThat(row.getCell(notified).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(notified))).isTrue();
            assertThat(row.getCell(notified).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(updated))).isTrue();
            assertThat(workbook.getProperties().getCoreProperties().getCreator())
                    .isEqualTo("Département de la Seine-Saint-Denis");
        }
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (name.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + name);
    }
}
