package fr.essor.kit.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InputBoundsTest {

    @Test
    void anAmountIsInEurosAndCentsUpToOneBillion() {
        assertThat(InputBounds.amount("loanAmount", new BigDecimal("250000.50"))).isEmpty();
        assertThat(InputBounds.amount("loanAmount", BigDecimal.ZERO)).isEmpty();
        assertThat(InputBounds.amount("loanAmount", new BigDecimal("1000000000"))).isEmpty();
        assertThat(code(InputBounds.amount("loanAmount", new BigDecimal("1000000000.01"))))
                .isEqualTo("loanAmount.range");
        assertThat(code(InputBounds.amount("loanAmount", new BigDecimal("1e400")))).isEqualTo("loanAmount.range");
        assertThat(code(InputBounds.amount("loanAmount", new BigDecimal("-1")))).isEqualTo("loanAmount.range");
        assertThat(code(InputBounds.amount("loanAmount", new BigDecimal("10.001")))).isEqualTo("loanAmount.decimals");
        assertThat(InputBounds.amount("loanAmount", null)).as("left to the caller's required rule").isEmpty();
    }

    @Test
    void aPositiveAmountRefusesZero() {
        assertThat(code(InputBounds.positiveAmount("loanAmount", BigDecimal.ZERO))).isEqualTo("loanAmount.range");
        assertThat(InputBounds.positiveAmount("loanAmount", new BigDecimal("0.01"))).isEmpty();
    }

    @Test
    void aSignedAmountMayBeALossButKeepsItsCeilingAndCents() {
        assertThat(InputBounds.signedAmount("result", new BigDecimal("-12500.50"))).isEmpty();
        assertThat(InputBounds.signedAmount("result", new BigDecimal("-1000000000"))).isEmpty();
        assertThat(code(InputBounds.signedAmount("result", new BigDecimal("-1000000000.01")))).isEqualTo("result.range");
        assertThat(code(InputBounds.signedAmount("result", new BigDecimal("1e400")))).isEqualTo("result.range");
        assertThat(code(InputBounds.signedAmount("result", new BigDecimal("-10.001")))).isEqualTo("result.decimals");
        assertThat(InputBounds.signedAmount("result", null)).isEmpty();
    }

    @Test
    void aNumberKeepsItsRangeAndDecimals() {
        assertThat(InputBounds.number("surface", new BigDecimal("12.5"), BigDecimal.ONE, new BigDecimal("100000"), 1))
                .isEmpty();
        assertThat(code(InputBounds.number("surface", new BigDecimal("12.55"), BigDecimal.ONE,
                new BigDecimal("100000"), 1))).isEqualTo("surface.decimals");
        assertThat(code(InputBounds.number("surface", new BigDecimal("1e400"), BigDecimal.ONE,
                new BigDecimal("100000"), 1))).isEqualTo("surface.range");
    }

    @Test
    void aWholeNumberKeepsItsRange() {
        assertThat(InputBounds.whole("durationMonths", 12L, 1, 600)).isEmpty();
        assertThat(code(InputBounds.whole("durationMonths", 0L, 1, 600))).isEqualTo("durationMonths.range");
        assertThat(code(InputBounds.whole("durationMonths", 601L, 1, 600))).isEqualTo("durationMonths.range");
    }

    @Test
    void aTooLongTextSaysSoNotThatItIsMissing() {
        assertThat(InputBounds.text("lender", "  Crédit Coopératif  ", 20)).isEmpty();
        Optional<Violation> tooLong = InputBounds.text("lender", "x".repeat(100_000), 200);
        assertThat(code(tooLong)).isEqualTo("lender.too-long");
        assertThat(tooLong.orElseThrow().message()).contains("200 caractères");
    }

    @Test
    void aDateLiesBetween1990And2100() {
        assertThat(InputBounds.date("grantedOn", LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(InputBounds.date("grantedOn", LocalDate.of(1990, 1, 1))).isEmpty();
        assertThat(InputBounds.date("grantedOn", LocalDate.of(2100, 12, 31))).isEmpty();
        assertThat(code(InputBounds.date("grantedOn", LocalDate.of(2999, 1, 1)))).isEqualTo("grantedOn.date-range");
        assertThat(code(InputBounds.date("grantedOn", LocalDate.of(1989, 12, 31)))).isEqualTo("grantedOn.date-range");
    }

    private static String code(Optional<Violation> violation) {
        return violation.map(Violation::code).orElse("(none)");
    }
}
