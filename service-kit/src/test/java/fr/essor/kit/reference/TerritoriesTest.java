package fr.essor.kit.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The territories every service offers, lists and accepts come from the reference file of the communes. */
class TerritoriesTest {

    @Test
    void theFourEptsOfTheReferenceFileInTheOrderOfTheirCodes() {
        assertThat(Territories.codes()).containsExactly("T6", "T7", "T8", "T9");
        assertThat(Territories.all()).extracting(Territory::name).containsExactly("Plaine Commune",
                "Paris Terres d'Envol", "Est Ensemble", "Grand Paris Grand Est");
        assertThat(Territories.codes()).isEqualTo(Communes.fromClasspath().territories().stream()
                .map(Territory::code).toList());
    }

    @Test
    void aCodeIsKnownOnlyWhenTheFileNamesIt() {
        assertThat(Territories.isKnown("T8")).isTrue();
        assertThat(Territories.isKnown("T5")).isFalse();
        assertThat(Territories.isKnown(null)).isFalse();
    }

    @Test
    void pagesAndMessagesNameThemInFrench() {
        assertThat(Territories.label("T6")).isEqualTo("Plaine Commune (T6)");
        assertThat(Territories.label("HORS")).isEqualTo("HORS");
        assertThat(Territories.codesInWords()).isEqualTo("T6, T7, T8 ou T9");
    }
}
