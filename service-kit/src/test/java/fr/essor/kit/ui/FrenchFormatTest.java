package fr.essor.kit.ui;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrenchFormatTest {

    @Test
    void aDateReadsDayMonthYearAndAMissingDateIsEmpty() {
        assertThat(FrenchFormat.date(LocalDate.of(2026, 9, 1))).isEqualTo("01/09/2026");
        assertThat(FrenchFormat.date(null)).isEmpty();
    }

    @Test
    void aMomentIsWrittenInParisTimeWithSummerAndWinterOffsets() {
        assertThat(FrenchFormat.dateTime(Instant.parse("2026-07-01T12:30:00Z"))).isEqualTo("01/07/2026 à 14:30");
        assertThat(FrenchFormat.dateTime(Instant.parse("2026-12-31T23:15:00Z"))).isEqualTo("01/01/2027 à 00:15");
        assertThat(FrenchFormat.dateTime(null)).isEmpty();
    }

    @Test
    void anAmountHasTwoDecimalsACommaAndNarrowSpacesBetweenThousands() {
        assertThat(FrenchFormat.euros(new BigDecimal("12345.678"))).isEqualTo("12\u202f345,68 €");
        assertThat(FrenchFormat.euros(new BigDecimal("1234567"))).isEqualTo("1\u202f234\u202f567,00 €");
        assertThat(FrenchFormat.euros(new BigDecimal("0.5"))).isEqualTo("0,50 €");
        assertThat(FrenchFormat.euros(null)).isEqualTo("—");
    }

    @Test
    void aNumberFollowsItsPatternWithTheChosenThousandsSeparator() {
        assertThat(FrenchFormat.number(new BigDecimal("12.50"), "#,##0.##")).isEqualTo("12,5");
        assertThat(FrenchFormat.number(new BigDecimal("2400"), "#,##0")).isEqualTo("2\u202f400");
        assertThat(FrenchFormat.number(new BigDecimal("12345.6"), "#,##0.00", FrenchFormat.NO_BREAK_SPACE))
                .isEqualTo("12\u00a0345,60");
    }

    @Test
    void aCountAgreesItsNounTheFrenchWaySingularBelowTwo() {
        assertThat(FrenchFormat.count(0, "décision", "décisions")).isEqualTo("0 décision");
        assertThat(FrenchFormat.count(1, "décision", "décisions")).isEqualTo("1 décision");
        assertThat(FrenchFormat.count(2, "décision", "décisions")).isEqualTo("2 décisions");
        assertThat(FrenchFormat.count(1200, "décision", "décisions")).isEqualTo("1\u202f200 décisions");
        assertThat(FrenchFormat.quantity(new BigDecimal("1.5"), "jour", "jours")).isEqualTo("1,5 jour");
        assertThat(FrenchFormat.quantity(new BigDecimal("2.0"), "jour", "jours")).isEqualTo("2 jours");
        assertThat(FrenchFormat.quantity(new BigDecimal("12.50"), "jour", "jours")).isEqualTo("12,5 jours");
    }

    @Test
    void aTypedDateIsFrenchOrIsoAndMustExist() {
        assertThat(FrenchFormat.parseDate(" 01/09/2026 ")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(FrenchFormat.parseDate("2026-09-01")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(FrenchFormat.parseDate("29/02/2028")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> FrenchFormat.parseDate("31/02/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> FrenchFormat.parseDate("29/02/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> FrenchFormat.parseDate("1/9/26")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void aTypedAmountAcceptsFrenchSpacesCommasAndSigns() {
        assertThat(FrenchFormat.parseAmount("12 345,67 €")).isEqualByComparingTo("12345.67");
        assertThat(FrenchFormat.parseAmount("12\u202f345,67")).isEqualByComparingTo("12345.67");
        assertThat(FrenchFormat.parseAmount("12\u00a0345.5")).isEqualByComparingTo("12345.5");
        assertThat(FrenchFormat.parseAmount("50 %")).isEqualByComparingTo("50");
        assertThatThrownBy(() -> FrenchFormat.parseAmount("douze")).isInstanceOf(NumberFormatException.class);
    }
}
