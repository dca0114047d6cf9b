package fr.essor.kit.organisations.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LegalFormTest {

    @ParameterizedTest(name = "{0} (ESS: {1}) is {2}")
    @CsvSource(nullValues = "none", value = {
            "9220, false, ASSOCIATION", "9230, false, ASSOCIATION", "9300, false, FOUNDATION",
            "8210, false, MUTUAL", "5458, true, SCOP", "5558, true, SCOP", "5658, true, SCOP",
            "5460, true, COOPERATIVE", "5560, false, COOPERATIVE", "6317, false, COOPERATIVE",
            "5710, true, ESS_COMPANY", "5499, true, ESS_COMPANY",
            "5710, false, none", "7210, true, none", "1000, false, none", "92, false, none", "none, true, none"})
    void theInseeLegalCategoryTellsTheLegalFormWhenItCan(String code, boolean ess, String expected) {
        assertThat(LegalForm.fromNatureJuridique(code, ess).map(Enum::name).orElse(null)).isEqualTo(expected);
    }
}
