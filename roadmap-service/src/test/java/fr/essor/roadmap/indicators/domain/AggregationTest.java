package fr.essor.roadmap.indicators.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AggregationTest {

    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");
    private int sequence;

    @Test
    void amountsAreSummedPerYearAndPerEpt() {
        List<Contribution> grants = List.of(grant(2026, "T6", "15000.00", "A"), grant(2026, "T8", "2500.50", "B"),
                grant(2026, "T6", "1000", "C"), grant(2025, "T6", "9999", "D"));

        assertThat(Aggregation.valueOf(AggregationRule.SUM, 2026, null, grants).value()).isEqualByComparingTo("18500.50");
        assertThat(Aggregation.valueOf(AggregationRule.SUM, 2026, "T6", grants).value()).isEqualByComparingTo("16000");
        assertThat(Aggregation.valueOf(AggregationRule.SUM, 2026, "T8", grants).basis()).hasSize(1);
        assertThat(Aggregation.valueOf(AggregationRule.SUM, 2025, null, grants).value()).isEqualByComparingTo("9999");
    }

    @Test
    void aYearOrATerritoryWithoutAnyFactHasNoValueRatherThanZero() {
        List<Contribution> grants = List.of(grant(2026, "T6", "15000", "A"));

        ComputedValue none = Aggregation.valueOf(AggregationRule.SUM, 2026, "T9", grants);
        assertThat(none.value()).isNull();
        assertThat(none.basis()).isEmpty();
    }

    @Test
    void aLaureateWithTwoGrantsInTheSameYearCountsOnce() {
        List<Contribution> laureates = List.of(grant(2026, "T6", "1", "ORG-1"), grant(2026, "T6", "1", "ORG-1"),
                grant(2026, "T8", "1", "ORG-2"));

        ComputedValue value = Aggregation.valueOf(AggregationRule.DISTINCT_COUNT, 2026, null, laureates);
        assertThat(value.value()).isEqualByComparingTo("2");
        assertThat(value.basis()).as("both grants are still shown as sources").hasSize(3);
        assertThat(Aggregation.valueOf(AggregationRule.DISTINCT_COUNT, 2026, "T6", laureates).value())
                .isEqualByComparingTo("1");
    }

    @Test
    void aStateIndicatorKeepsTheHighestVersionOfEachAggregateAtTheEndOfTheYear() {
        Contribution acquired = stake("S1", 1, 2021, "20000");
        Contribution increased = stake("S1", 2, 2025, "35000");
        Contribution other = stake("S2", 1, 2019, "5000");

        List<Contribution> all = List.of(increased, other, acquired);
        assertThat(Aggregation.valueOf(AggregationRule.LATEST_STATE_SUM, 2024, null, all).value())
                .isEqualByComparingTo("25000");
        ComputedValue in2025 = Aggregation.valueOf(AggregationRule.LATEST_STATE_SUM, 2025, null, all);
        assertThat(in2025.value()).isEqualByComparingTo("40000");
        assertThat(in2025.basis()).containsExactly(increased, other);
        assertThat(Aggregation.valueOf(AggregationRule.LATEST_STATE_SUM, 2018, null, all).value()).isNull();
    }

    @Test
    void anOlderStateArrivingLastDoesNotOverrideANewerOne() {
        List<Contribution> inOrder = new ArrayList<>(List.of(stake("S1", 1, 2021, "20000"),
                stake("S1", 2, 2025, "35000"), stake("S1", 3, 2026, "0")));
        List<Contribution> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);

        assertThat(Aggregation.valueOf(AggregationRule.LATEST_STATE_SUM, 2026, null, reversed).value())
                .isEqualByComparingTo("0");
        assertThat(Aggregation.valueOf(AggregationRule.LATEST_STATE_SUM, 2026, null, reversed))
                .isEqualTo(Aggregation.valueOf(AggregationRule.LATEST_STATE_SUM, 2026, null, inOrder));
    }

    @Test
    void factsTiedToNoEptCountForTheDepartementAndUnderTheirOwnHeading() {
        List<Contribution> contracts = List.of(grant(2026, null, "100000", "C1"), grant(2026, "T7", "50000", "C2"));

        assertThat(Aggregation.valueOf(AggregationRule.SUM, 2026, null, contracts).value())
                .isEqualByComparingTo("150000");
        assertThat(Aggregation.valueOf(AggregationRule.SUM, 2026, Territories.UNASSIGNED, contracts).value())
                .isEqualByComparingTo("100000");
    }

    private Contribution grant(int year, String territory, String amount, String organisation) {
        sequence++;
        return new Contribution("aaa-amount-awarded", "event-" + sequence, "fr.essor.funding.grant-awarded.v1",
                "APP-" + sequence, 1, year, territory, new BigDecimal(amount), organisation, "grant " + sequence,
                T0.plusSeconds(sequence));
    }

    private Contribution stake(String stakeId, long version, int year, String capital) {
        sequence++;
        return new Contribution("scic-capital-held", "event-" + sequence, "fr.essor.funding.scic-stake-changed.v1",
                stakeId, version, year, null, new BigDecimal(capital), "SCIC-" + stakeId, stakeId,
                T0.plusSeconds(sequence));
    }
}
