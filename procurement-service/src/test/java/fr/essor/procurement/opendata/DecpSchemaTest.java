package fr.essor.procurement.opendata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the validator used on the export works: the official example passes, broken copies of it do not. */
class DecpSchemaTest {

    final DecpSchema schema = DecpSchema.load();

    @Test
    void theOfficialExampleValidates() {
        assertThat(schema.violations(DecpSchema.officialExample())).isEmpty();
    }

    @Test
    void aMarcheWithAnUnknownFieldAWrongCpvOrAnUnknownConsiderationIsRejected() {
        String example = DecpSchema.officialExample();

        assertThat(schema.violations(example.replaceFirst("\"marcheInnovant\": true",
                "\"marcheInnovant\": true, \"reservation\": \"L2113-13\""))).isNotEmpty();
        assertThat(schema.violations(example.replaceFirst("\"45000000-7\"", "\"4500\""))).isNotEmpty();
        assertThat(schema.violations(example.replaceFirst("\"Critère social\"\\s*]\\s*}\\s*,\\s*\"nature\"",
                "\"Insertion\"]}, \"nature\""))).isNotEmpty();
    }
}
