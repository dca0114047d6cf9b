package fr.essor.kit.exports;

import fr.essor.kit.testing.CsvRecords;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    private static final List<Column> COLUMNS = List.of(Column.text("Référence"), Column.date("Notifié le"),
            Column.dateTime("Modifié le"), Column.amount("Montant (€)"), Column.integer("Heures"),
            Column.decimal("Loyer (€/m²/an)"), Column.percent("Avancement (%)"),
            Column.codeAndName("Code EPT", "EPT"), Column.text("Réservé"));

    @Test
    void theFileStartsWithAByteOrderMarkThenTheHeadersAndOneCrlfLinePerRow() {
        byte[] bytes = CsvTable.of(List.of(Column.text("Référence"), Column.amount("Montant (€)")))
                .add("A-1", new BigDecimal("12345.67"))
                .add("A-2", new BigDecimal("0.5"))
                .toBytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFRéférence;Montant (€)\r\nA-1;12345,67\r\nA-2;0,50\r\n");
    }

    @Test
    void aCsvForPeopleReadsBackInAFrenchLocaleWithItsColumnsDatesAndNumbers() throws ParseException {
        byte[] bytes = CsvTable.of(COLUMNS).add("2026-0117", LocalDate.of(2026, 1, 15),
                Instant.parse("2026-07-01T22:30:00Z"), new BigDecimal("190000.5"), 1200, new BigDecimal("-90.50"),
                new BigDecimal("12.5"), Coded.territory("T6"), false).toBytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> lines = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(lines.getFirst()).containsExactly("Référence", "Notifié le", "Modifié le", "Montant (€)", "Heures",
                "Loyer (€/m²/an)", "Avancement (%)", "Code EPT", "EPT", "Réservé");
        List<String> row = lines.get(1);
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
        NumberFormat number = NumberFormat.getInstance(Locale.FRANCE);
        assertThat(LocalDate.parse(row.get(1), french)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(row.get(2)).as("Paris time").isEqualTo("02/07/2026 00:30");
        assertThat(row.get(3)).isEqualTo("190000,50");
        assertThat(number.parse(row.get(3)).doubleValue()).isEqualTo(190000.5);
        assertThat(number.parse(row.get(4)).intValue()).isEqualTo(1200);
        assertThat(row.get(5)).as("a negative number is not guarded as a formula").isEqualTo("-90,5");
        assertThat(number.parse(row.get(5)).doubleValue()).isEqualTo(-90.5);
        assertThat(number.parse(row.get(6)).doubleValue()).isEqualTo(12.5);
        assertThat(row.subList(7, 10)).containsExactly("T6", "Plaine Commune", "Non");
    }

    @Test
    void aMissingValueIsAnEmptyCellAndACodeAndNameTwo() {
        assertThat(CsvTable.cell(null)).isEmpty();
        String text = new String(CsvTable.of(List.of(Column.text("a"), Column.date("b"),
                Column.codeAndName("Code EPT", "EPT"))).add("x", null, null).toBytes(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFa;b;Code EPT;EPT\r\nx;;;\r\n");
    }

    @Test
    void aCellWithASemicolonAQuoteOrALineBreakIsQuotedWithDoubledQuotes() {
        assertThat(CsvTable.cell("Bricothèque; \"La Clé\"")).isEqualTo("\"Bricothèque; \"\"La Clé\"\"\"");
        assertThat(CsvTable.cell("rez-de-chaussée\nporte B")).isEqualTo("\"rez-de-chaussée\nporte B\"");
        assertThat(CsvTable.cell("ligne\r")).isEqualTo("\"ligne\r\"");
        assertThat(CsvTable.cell("Montreuil")).isEqualTo("Montreuil");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAnApostrophe() {
        assertThat(CsvTable.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvTable.cell("+33 1 43 93 93 93")).isEqualTo("'+33 1 43 93 93 93");
        assertThat(CsvTable.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvTable.cell("@SOMME(A1)")).isEqualTo("'@SOMME(A1)");
        assertThat(CsvTable.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvTable.cell("rez-de-chaussée")).isEqualTo("rez-de-chaussée");
    }

    /** A plain RFC 4180 reader with {@code ;}: what a spreadsheet does when it opens the file. */
    static List<List<String>> parse(String text) {
        return CsvRecords.read(text);
    }
}
