package fr.essor.kit.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommunesTest {

    final Communes communes = Communes.fromClasspath();

    @Test
    void theReferenceFileHasTheFourEptsAndTheCommunesThatExistToday() {
        assertThat(communes.territories()).extracting(Territory::code).containsExactly("T6", "T7", "T8", "T9");
        assertThat(communes.all()).hasSize(39);
        assertThat(communes.all()).extracting(Commune::inseeCode).doesNotContain("93059");
    }

    @Test
    void aCommuneGivesItsEpt() {
        assertThat(communes.find("93010")).hasValueSatisfying(bondy -> {
            assertThat(bondy.name()).isEqualTo("Bondy");
            assertThat(bondy.territory()).isEqualTo(new Territory("T8", "Est Ensemble"));
        });
    }

    @Test
    void pierrefitteResolvesToSaintDenisSinceTheirMerger() {
        assertThat(communes.find("93059")).hasValueSatisfying(commune -> {
            assertThat(commune.inseeCode()).isEqualTo("93066");
            assertThat(commune.name()).isEqualTo("Saint-Denis");
        });
    }

    @Test
    void aCommuneOutsideTheDepartementIsUnknown() {
        assertThat(communes.find("75056")).isEmpty();
        assertThat(communes.find(null)).isEmpty();
    }
}
