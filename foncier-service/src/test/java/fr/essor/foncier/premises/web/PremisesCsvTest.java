package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.NeedDetails;
import fr.essor.foncier.premises.domain.OfferDetails;
import fr.essor.foncier.premises.domain.OrganisationRef;
import fr.essor.foncier.premises.domain.OwnerType;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.foncier.premises.domain.SurfaceRange;
import fr.essor.foncier.premises.domain.Tenure;
import fr.essor.foncier.premises.domain.Usage;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The needs and offers exports read back: the CSV as a French spreadsheet opens it, the workbook's typed cells. */
class PremisesCsvTest {

    private static final Communes COMMUNES = Communes.fromClasspath();
    private static final Commune MONTREUIL = COMMUNES.find("93048").orElseThrow();
    private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");

    private static final PremisesNeed NEED = PremisesNeed.register("BESOIN-2026-0001",
            new OrganisationRef("W931004567", "Bricothèque; \"La Clé\""), new NeedDetails(Set.of(Usage.WORKSHOP),
                    new SurfaceRange(100, 200), List.of(MONTREUIL), List.of(MONTREUIL.territory()),
                    new BigDecimal("90.5"), LocalDate.of(2026, 9, 1), Tenure.EITHER, null, true, false, "=note"),
            "sens", NOW).need();
    private static final PremisesOffer OFFER = PremisesOffer.publish("OFFRE-2026-0001",
            new OfferDetails(OwnerType.SOCIAL_LANDLORD, "Bailleur", "12 rue de la Révolution", MONTREUIL, 150,
                    Set.of(Usage.WORKSHOP), new BigDecimal("80"), LocalDate.of(2026, 7, 1), null, Tenure.LONG_TERM,
                    5, true, null), "sens", NOW).offer();

    @Test
    void theNeedsCsvReadsBackWithFrenchHeadersDatesAndDecimalCommas() {
        CsvTable table = CsvTable.parse(PremisesCsv.needs(List.of(NEED), true));

        assertThat(table.hasBom()).isTrue();
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("Structure", "Bricothèque; \"La Clé\"").containsEntry("Surface minimale (m²)", "100")
                .containsEntry("Territoires souhaités", "Est Ensemble (T8)")
                .containsEntry("Loyer maximal (€/m²/an)", "90,50").containsEntry("Date souhaitée", "01/09/2026")
                .containsEntry("Durée minimale (mois)", "").containsEntry("Accessibilité PMR requise", "Oui")
                .containsEntry("Remarques", "'=note").containsEntry("Enregistré le", "04/03/2026 10:00")
                .containsEntry("Enregistré par", "sens"));
        assertThat(CsvTable.parse(PremisesCsv.needs(List.of(NEED), false)).rows().getFirst())
                .as("an EPT account does not read the cell's notes").containsEntry("Remarques", "");
    }

    @Test
    void theOffersCsvPutsTheTerritorysNameBesideItsCode() {
        CsvTable table = CsvTable.parse(PremisesCsv.offers(List.of(OFFER), true));

        assertThat(table.headers()).containsSubsequence("Commune", "Code INSEE", "Code EPT", "Territoire",
                "Surface (m²)");
        assertThat(table.rows().getFirst()).containsEntry("Code EPT", "T8").containsEntry("Territoire", "Est Ensemble")
                .containsEntry("Loyer (€/m²/an)", "80,00").containsEntry("Disponible le", "01/07/2026")
                .containsEntry("Disponible jusqu'au", "").containsEntry("Catégorie ERP", "5");
    }

    @Test
    void theWorkbooksHoldRealDatesAndNumbersUnderAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = read(PremisesCsv.needsWorkbook(List.of(NEED), true))) {
            XSSFSheet sheet = workbook.getSheet("Besoins");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            Row row = sheet.getRow(1);
            Cell date = row.getCell(10);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(90.5);
            assertThat(row.getCell(9).getCellStyle().getDataFormatString()).contains("€");
            assertThat(row.getCell(12)).as("no minimum duration: an empty cell").isNull();
            assertThat(DateUtil.isCellDateFormatted(row.getCell(16))).isTrue();
        }
        try (XSSFWorkbook workbook = read(PremisesCsv.offersWorkbook(List.of(OFFER), true))) {
            Row header = workbook.getSheet("Offres").getRow(0);
            Row row = workbook.getSheet("Offres").getRow(1);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Code EPT");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("T8");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Est Ensemble");
            assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(150);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(12))).isTrue();
        }
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
