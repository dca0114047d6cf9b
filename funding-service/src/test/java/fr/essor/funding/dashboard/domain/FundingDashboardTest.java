package fr.essor.funding.dashboard.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FundingDashboardTest {

    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    static final List<CallFrame> FRAMES = List.of(
            new CallFrame(2026, new BigDecimal("100000"), new BigDecimal("50000"), Map.of("T6", 40, "T8", 30)),
            new CallFrame(2025, new BigDecimal("80000"), BigDecimal.ZERO, Map.of()));

    static FundedApplication granted(int year, String theme, String ept, String amount, String operating,
                                     int delayDays) {
        return new FundedApplication(year, theme, ept, "GRANTED", "org", MARCH, MARCH.plusDays(delayDays),
                new BigDecimal(amount), new BigDecimal(operating));
    }

    static FundedApplication refused(int delayDays) {
        return new FundedApplication(2026, "Réemploi", "T7", "REFUSED", "org", MARCH, MARCH.plusDays(delayDays),
                null, null);
    }

    static FundedApplication pending(String status) {
        return new FundedApplication(2026, "Réemploi", "T9", status, "org", MARCH, null, null, null);
    }

    @Test
    void sumsByThemeEptAndEditionAgainstTheEnvelopesAndCountsLaureateSharesAgainstTargets() {
        List<FundedApplication> all = List.of(
                granted(2026, "Réemploi", "T6", "12000.50", "12000.50", 10),
                granted(2026, "Alimentation", "T6", "8000", "3000", 20),
                granted(2026, "Réemploi", "T8", "15000.25", "0", 30),
                granted(2026, "Réemploi", "T9", "4999.25", "4999.25", 40),
                refused(50), pending("SUBMITTED"), pending("SUBMITTED"),
                granted(2025, "Réemploi", "T6", "70000", "70000", 5));

        FundingDashboard d = FundingDashboard.of(2026, FRAMES, all, List.of("SUBMITTED", "GRANTED", "REFUSED",
                "SETTLED"));

        assertThat(d.byTheme()).extracting(FundingDashboard.ThemeLine::theme).containsExactly("Alimentation",
                "Réemploi");
        assertThat(d.byTheme().get(1).amount()).isEqualByComparingTo("32000.00");
        assertThat(d.byTheme().get(1).granted()).isEqualTo(3);
        assertThat(d.byTerritory()).extracting(FundingDashboard.TerritoryLine::territoryCode)
                .containsExactly("T6", "T7", "T8", "T9");
        FundingDashboard.TerritoryLine t6 = d.byTerritory().getFirst();
        assertThat(t6.laureates()).isEqualTo(2);
        assertThat(t6.amount()).isEqualByComparingTo("20000.50");
        assertThat(t6.share()).isEqualByComparingTo("50.0");
        assertThat(t6.target()).isEqualTo(40);
        assertThat(d.byTerritory().get(1).share()).isEqualByComparingTo("0");
        assertThat(d.byTerritory().get(1).target()).isNull();
        assertThat(d.byTerritory().get(2).share()).isEqualByComparingTo("25.0");

        assertThat(d.byYear()).extracting(FundingDashboard.YearLine::year).containsExactly(2025, 2026);
        FundingDashboard.YearLine y2026 = d.byYear().get(1);
        assertThat(y2026.granted()).isEqualByComparingTo("40000.00");
        assertThat(y2026.operatingGranted()).isEqualByComparingTo("19999.75");
        assertThat(y2026.investmentGranted()).isEqualByComparingTo("20000.25");
        assertThat(y2026.envelope()).isEqualByComparingTo("150000");
        assertThat(y2026.consumed()).isEqualByComparingTo("26.7");
        assertThat(d.byYear().getFirst().consumed()).isEqualByComparingTo("87.5");

        assertThat(d.byStatus()).containsExactly(Map.entry("SUBMITTED", 2L), Map.entry("GRANTED", 4L),
                Map.entry("REFUSED", 1L), Map.entry("SETTLED", 0L));
    }

    @Test
    void theMedianDelayIsTheMiddleDecisionForAnOddCountAndTheMeanOfTheTwoMiddleOnesForAnEvenCount() {
        List<FundedApplication> odd = List.of(granted(2026, "R", "T6", "1", "1", 40), refused(12),
                granted(2026, "R", "T6", "1", "1", 7), granted(2026, "R", "T6", "1", "1", 90), refused(30),
                pending("UNDER_REVIEW"));
        FundingDashboard five = FundingDashboard.of(2026, FRAMES, odd, List.of());
        assertThat(five.decidedCount()).isEqualTo(5);
        assertThat(five.medianDelayDays()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("30"));

        List<FundedApplication> even = List.of(granted(2026, "R", "T6", "1", "1", 40), refused(12),
                granted(2026, "R", "T6", "1", "1", 7), refused(31));
        FundingDashboard four = FundingDashboard.of(2026, FRAMES, even, List.of());
        assertThat(four.medianDelayDays()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("21.5"));

        assertThat(FundingDashboard.of(2026, FRAMES, List.of(pending("SUBMITTED")), List.of()).medianDelayDays())
                .isEmpty();
    }
}
