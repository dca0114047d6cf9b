package fr.essor.procurement.contracts;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.contracts.domain.BuyerDirectorate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuyerDirectorateTest {

    @Test
    void aSigleTypedInAnyCaseIsAcceptedAndStoredUpperCased() {
        assertThat(BuyerDirectorate.violation(" dieess ")).isEmpty();
        assertThat(BuyerDirectorate.normalized(" dieess ")).isEqualTo("DIEESS");
    }

    @Test
    void aBlankOrMalformedSigleIsRefusedWithAStableCodeAndAFrenchMessage() {
        assertThat(BuyerDirectorate.violation("  ")).map(Violation::code).contains("buyerDirectorate.required");
        assertThat(BuyerDirectorate.violation("Direction des bâtiments")).map(Violation::code)
                .contains("buyerDirectorate.format");
        assertThat(BuyerDirectorate.violation(null)).map(Violation::message)
                .contains("Indiquez le sigle de la direction acheteuse (ex. DIEESS, DBL).");
    }
}
