package fr.essor.funding.grants.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The default payment schedule: 50 % advance at signature, balance on report; year two on the annual report. */
class PaymentScheduleTest {

    @Test
    void aOneYearGrantPaysHalfAtSignatureAndTheBalanceOnTheFinalReport() {
        PaymentSchedule schedule = PaymentSchedule.standard(new BigDecimal("15000"), 1, new BigDecimal("20000"),
                new BigDecimal("20000"));

        assertThat(schedule.instalments()).extracting(Instalment::trigger)
                .containsExactly(Trigger.SIGNATURE, Trigger.FINAL_REPORT);
        assertThat(schedule.instalments()).extracting(Instalment::amount)
                .containsExactly(new BigDecimal("7500.00"), new BigDecimal("7500.00"));
        assertThat(schedule.staged()).isTrue();
    }

    @Test
    void anOddCentGoesToTheBalanceSoTheAdvanceNeverExceedsHalf() {
        PaymentSchedule schedule = PaymentSchedule.standard(new BigDecimal("15000.51"), 1, BigDecimal.ONE,
                BigDecimal.ONE);

        assertThat(schedule.instalments().get(0).amount()).isEqualByComparingTo("7500.25");
        assertThat(schedule.instalments().get(1).amount()).isEqualByComparingTo("7500.26");
    }

    @Test
    void aTwoYearGrantSplitsByTheYearsAskedAndReleasesYearTwoOnTheAnnualReport() {
        // asked 12 000 the first year and 8 000 the second: 60 % / 40 % of the 15 000 granted
        PaymentSchedule schedule = PaymentSchedule.standard(new BigDecimal("15000"), 2, new BigDecimal("12000"),
                new BigDecimal("20000"));

        assertThat(schedule.instalments()).extracting(Instalment::trigger)
                .containsExactly(Trigger.SIGNATURE, Trigger.ANNUAL_REPORT, Trigger.FINAL_REPORT);
        assertThat(schedule.instalments()).extracting(Instalment::amount).containsExactly(
                new BigDecimal("4500.00"), new BigDecimal("7500.00"), new BigDecimal("3000.00"));
        assertThat(schedule.instalments()).extracting(Instalment::projectYear).containsExactly(1, 2, 2);
    }

    @Property
    void theInstalmentsAlwaysAddUpToTheGrantToTheCentAndTheAdvanceIsAtMostHalfTheFirstYear(
            @ForAll @LongRange(min = 1, max = 100_000_000) long cents, @ForAll @IntRange(min = 1, max = 2) int years,
            @ForAll @LongRange(min = 0, max = 1_000_000) long firstAsked,
            @ForAll @LongRange(min = 1, max = 1_000_000) long secondAsked) {
        BigDecimal granted = BigDecimal.valueOf(cents, 2);
        BigDecimal total = BigDecimal.valueOf(firstAsked + secondAsked);
        PaymentSchedule schedule = PaymentSchedule.standard(granted, years, BigDecimal.valueOf(firstAsked), total);

        assertThat(schedule.total()).isEqualByComparingTo(granted);
        assertThat(schedule.instalments()).allSatisfy(i -> assertThat(i.amount().signum()).isNotNegative());
        BigDecimal advance = schedule.instalments().getFirst().amount();
        assertThat(advance.multiply(BigDecimal.TWO)).isLessThanOrEqualTo(granted);
    }
}
