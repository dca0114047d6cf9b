package fr.essor.funding.opendata;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the export is held to accepts the standard's own valid example and refuses what breaks the table. */
class ScdlSubventionsCheckerTest {

    static String example() throws IOException {
        try (InputStream in = ScdlSubventionsCheckerTest.class
                .getResourceAsStream("/standards/scdl-subventions-exemple-valide.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theOfficialExampleFilePassesTheChecker() throws IOException {
        String example = example();
        assertThat(ScdlSubventionsChecker.parse(example)).hasSizeGreaterThan(10);
        assertThat(ScdlSubventionsChecker.violations(example)).isEmpty();
    }

    @Test
    void theCheckerRefusesAWrongHeaderAMissingRequiredValueAndABadFormat() throws IOException {
        String header = String.join(",", ScdlSubventionsChecker.COLUMNS);
        String good = "CD93,22930008200018,2026-06-01,CD-1,Recyclerie,84129031700012,,Atelier,15000.5,"
                + "aide en numéraire,échelonné,2026-06-01/2027-06-01,,non,1,AAA";
        assertThat(ScdlSubventionsChecker.violations(header + "\r\n" + good + "\r\n")).isEmpty();
        assertThat(ScdlSubventionsChecker.violations(header.replace("objet,montant", "montant,objet") + "\n"))
                .singleElement().asString().startsWith("header is");
        assertThat(ScdlSubventionsChecker.violations(header + "\n" + good.replace("15000.5", "15000,5") + "\n"))
                .isNotEmpty();
        assertThat(ScdlSubventionsChecker.violations(header + "\n" + good.replace(",non,1,", ",non,1.5,") + "\n"))
                .singleElement().asString().contains("pourcentageSubvention");
        assertThat(ScdlSubventionsChecker.violations(header + "\n" + good.replace("2026-06-01,CD-1", ",CD-1")
                + "\n")).isNotEmpty();
        assertThat(ScdlSubventionsChecker.violations(header + "\n" + good.replace("2026-06-01/2027-06-01",
                "01/06/2026") + "\n")).singleElement().asString().contains("datesPeriodeVersement");
    }
}
