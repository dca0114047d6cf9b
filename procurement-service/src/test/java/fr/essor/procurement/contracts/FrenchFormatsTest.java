package fr.essor.procurement.contracts;

import fr.essor.procurement.contracts.web.FrenchFormats;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates and amounts typed in the French forms. */
class FrenchFormatsTest {

    @Test
    void aTypedDateIsReadStrictlySoThatADayThatDoesNotExistIsRefused() {
        assertThat(FrenchFormats.parseDate(" 29/02/2028 ")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(FrenchFormats.parseDate("2026-06-30")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> FrenchFormats.parseDate("31/02/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> FrenchFormats.parseDate("29/02/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> FrenchFormats.parseDate("31/06/2026")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aTypedAmountMayHaveSpacesACommaAndTheEuroSign() {
        assertThat(FrenchFormats.parseAmount("12\u00a0345,67 €")).isEqualByComparingTo("12345.67");
        assertThatThrownBy(() -> FrenchFormats.parseAmount("beaucoup")).isInstanceOf(NumberFormatException.class);
    }
}
