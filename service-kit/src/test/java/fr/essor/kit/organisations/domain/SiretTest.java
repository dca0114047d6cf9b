package fr.essor.kit.organisations.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiretTest {

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "84129031700012", "35600000000010"})
    void aSiretWhoseChecksumHoldsIsValid(String siret) {
        assertThat(Siret.isValid(siret)).isTrue();
        assertThat(new Siret(siret).value()).isEqualTo(siret);
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "84129031700013", "1234567890123", "7328293200007A", ""})
    void aSiretWithAWrongChecksumOrShapeIsRefused(String siret) {
        assertThat(Siret.isValid(siret)).isFalse();
        assertThatThrownBy(() -> new Siret(siret)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"W931234567", "W000000001"})
    void anRnaIsAWFollowedByNineDigits(String rna) {
        assertThat(Rna.isValid(rna)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"931234567", "W93123456", "w931234567", "W9312345678"})
    void anythingElseIsNotAnRna(String rna) {
        assertThat(Rna.isValid(rna)).isFalse();
    }
}
