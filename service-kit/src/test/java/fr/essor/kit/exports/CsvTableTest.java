package fr.essor.kit.exports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    @Test
    void theFileStartsWithAByteOrderMarkThenTheHeadersAndOneCrlfLinePerRow() {
        byte[] bytes = CsvTable.withHeaders(List.of("Référence", "Montant (€)"))
                .row(List.of("A-1", "12345,67"))
                .row(List.of("A-2", "0,50"))
                .toBytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFRéférence;Montant (€)\r\nA-1;12345,67\r\nA-2;0,50\r\n");
    }

    @Test
    void aCellWithASemicolonAQuoteOrALineBreakIsQuotedWithDoubledQuotes() {
        assertThat(CsvTable.cell("Bricothèque; \"La Clé\"")).isEqualTo("\"Bricothèque; \"\"La Clé\"\"\"");
        assertThat(CsvTable.cell("rez-de-chaussée\nporte B")).isEqualTo("\"rez-de-chaussée\nporte B\"");
        assertThat(CsvTable.cell("ligne\r")).isEqualTo("\"ligne\r\"");
        assertThat(CsvTable.cell("Montreuil")).isEqualTo("Montreuil");
    }

    @Test
    void aMissingValueIsAnEmptyCell() {
        assertThat(CsvTable.cell(null)).isEmpty();
        assertThat(new String(CsvTable.withHeaders(List.of("a", "b")).row(Arrays.asList("x", null)).toBytes(),
                StandardCharsets.UTF_8)).endsWith("\r\nx;\r\n");
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
}
