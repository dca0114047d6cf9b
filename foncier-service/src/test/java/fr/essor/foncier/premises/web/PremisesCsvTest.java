package fr.essor.foncier.premises.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quoting and the formula guard are the kit's {@code CsvTable}'s (tested there); here the file reads back. */
class PremisesCsvTest {

    @Test
    void aCsvReadBackGivesTheSameCellsUnderTheFrenchHeaders() {
        byte[] bytes = fr.essor.kit.exports.CsvTable.withHeaders(List.of("Référence", "Deux", "Trois"))
                .row(List.of("a;b", "c\"d", "e\r\nf")).toBytes();

        CsvTable table = CsvTable.parse(bytes);

        assertThat(table.hasBom()).isTrue();
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("Référence", "a;b").containsEntry("Deux", "c\"d").containsEntry("Trois", "e\r\nf"));
    }
}
