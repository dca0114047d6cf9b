package fr.essor.foncier.premises.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PremisesCsvTest {

    @Test
    void aCellWithASemicolonAQuoteOrALineBreakIsQuotedWithDoubledQuotes() {
        assertThat(PremisesCsv.cell("Bricothèque; \"La Clé\"")).isEqualTo("\"Bricothèque; \"\"La Clé\"\"\"");
        assertThat(PremisesCsv.cell("rez-de-chaussée\nporte B")).isEqualTo("\"rez-de-chaussée\nporte B\"");
        assertThat(PremisesCsv.cell("Montreuil")).isEqualTo("Montreuil");
        assertThat(PremisesCsv.cell(null)).isEmpty();
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAnApostrophe() {
        assertThat(PremisesCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(PremisesCsv.cell("+33 1 43 93 93 93")).isEqualTo("'+33 1 43 93 93 93");
        assertThat(PremisesCsv.cell("@SOMME(A1)")).isEqualTo("'@SOMME(A1)");
    }

    @Test
    void aCsvReadBackGivesTheSameCellsUnderTheFrenchHeaders() {
        String line = String.join(";", PremisesCsv.cell("a;b"), PremisesCsv.cell("c\"d"), PremisesCsv.cell("e\r\nf"));
        byte[] bytes = ("\uFEFFRéférence;Deux;Trois\r\n" + line + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        CsvTable table = CsvTable.parse(bytes);

        assertThat(table.hasBom()).isTrue();
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("Référence", "a;b").containsEntry("Deux", "c\"d").containsEntry("Trois", "e\r\nf"));
    }
}
