package fr.essor.roadmap.indicators.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryBreakdownTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static IndicatorDefinition definition(String id) {
        return ComputedIndicators.ALL.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static RecordedContribution recorded(String indicator, String aggregate, long version, int year,
                                                 String territory, String value, int secondsAfterT0) {
        Contribution c = new Contribution(indicator, aggregate + "-v" + version, "type", aggregate, version, year,
                territory, new BigDecimal(value), aggregate, aggregate, T0.minusSeconds(3600));
        return new RecordedContribution(c, T0.plusSeconds(secondsAfterT0));
    }

    @Test
    void aSumHasAValueForEachYearWithAFactOfTheTerritoryChangedWhenItsLatestFactWasRecorded() {
        String id = ComputedIndicators.AAA_AMOUNT_AWARDED;
        List<RecordedContribution> all = List.of(
                recorded(id, "a", 1, 2026, "T8", "1000", 1),
                recorded(id, "b", 1, 2026, "T8", "250", 5),
                recorded(id, "c", 1, 2026, "T6", "5000", 9),
                recorded(id, "d", 1, 2027, "T6", "700", 12));

        List<TerritoryValue> values = TerritoryBreakdown.computed(definition(id), "T8", all);

        assertThat(values).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(id + ":2026");
            assertThat(v.value()).isEqualByComparingTo("1250");
            assertThat(v.changedAt()).as("T6's later fact does not change T8's value").isEqualTo(T0.plusSeconds(5));
        });
    }

    @Test
    void aLatestStateLeavingTheTerritoryChangesItsValueDownToZeroAndLaterYearsFollow() {
        String id = ComputedIndicators.ORGANISATIONS_HOUSED;
        List<RecordedContribution> all = List.of(
                recorded(id, "lease-1", 1, 2025, "T8", "1", 1),
                recorded(id, "lease-2", 1, 2026, "T8", "1", 2),
                recorded(id, "lease-1", 2, 2026, "T6", "1", 30));

        List<TerritoryValue> values = TerritoryBreakdown.computed(definition(id), "T8", all);

        assertThat(values).extracting(TerritoryValue::year).containsExactly(2025, 2026);
        assertThat(values.get(0).value()).isEqualByComparingTo("1");
        assertThat(values.get(0).changedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(values.get(1).value()).as("lease-1 moved to T6 in 2026").isEqualByComparingTo("1");
        assertThat(values.get(1).changedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(TerritoryBreakdown.computed(definition(id), "T9", all)).isEmpty();
    }

    @Test
    void anIndicatorNotBrokenDownByEptHasNoTerritoryValue() {
        String id = ComputedIndicators.SCIC_PORTFOLIO;
        assertThat(TerritoryBreakdown.computed(definition(id), "T8",
                List.of(recorded(id, "stake", 1, 2026, "T8", "1", 1)))).isEmpty();
    }
}
