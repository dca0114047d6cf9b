package fr.essor.roadmap.indicators.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");

    private final Indicator manual = new Indicator(new IndicatorDefinition("manual-esus", "Structures ESUS", null,
            "structures", Periodicity.YEARLY, IndicatorKind.MANUAL, AggregationRule.LATEST_RECORDED, true,
            "DREETS", Map.of(2025, new BigDecimal("90"))), 3, List.of());

    @Test
    void recordingAValueRaisesTheVersionAndProducesItsFact() {
        Indicator.Recorded recorded = (Indicator.Recorded) manual.record(new ValueToRecord(null,
                LocalDate.of(2025, 12, 31), "T8", new BigDecimal("86"), null, " DREETS ", " 7 nouveaux "), "e-1",
                NOW, "sens");

        assertThat(recorded.indicator().version()).isEqualTo(4);
        assertThat(recorded.indicator().latestFor(2025, "T8")).hasValueSatisfying(v ->
                assertThat(v.value()).isEqualByComparingTo("86"));
        assertThat(recorded.event()).isEqualTo(new IndicatorValueRecorded("e-1", "manual-esus", 4,
                "Structures ESUS", "structures", 2025, LocalDate.of(2025, 12, 31), "T8", new BigDecimal("86"), null,
                "DREETS", "7 nouveaux", NOW, "sens"));
    }

    @Test
    void aComputedIndicatorTakesNoTypedValue() {
        Indicator computed = new Indicator(ComputedIndicators.ALL.getFirst(), 1, List.of());

        Indicator.Recording outcome = computed.record(value(LocalDate.of(2025, 1, 1), null, "x"), "e", NOW, "sens");

        assertThat(outcome).isInstanceOfSatisfying(Indicator.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(Violation::code).containsExactly("indicator.computed"));
    }

    @Test
    void aFutureDateAnUnknownEptAndAMissingSourceAreRefused() {
        Indicator.Recording outcome = manual.record(new ValueToRecord(null, LocalDate.of(2026, 3, 16), "T5",
                BigDecimal.ONE, null, " ", null), "e", NOW, "sens");

        assertThat(outcome).isInstanceOfSatisfying(Indicator.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                        "valueDate.future", "territoryCode.unknown", "source.required"));
    }

    @Test
    void aNegativeValueOrATargetBeyondATrillionIsRefusedForWhatItIs() {
        Indicator.Recording outcome = manual.record(new ValueToRecord(null, LocalDate.of(2026, 3, 1), null,
                new BigDecimal("-1"), new BigDecimal("1e400"), "Rapport", null), "e", NOW, "sens");

        assertThat(outcome).isInstanceOfSatisfying(Indicator.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(Violation::code).containsExactly("value.range",
                        "target.range"));
    }

    @Test
    void anIndicatorNotBrokenDownByEptRefusesAnEpt() {
        Indicator departemental = new Indicator(new IndicatorDefinition("manual-x", "X", null, "u",
                Periodicity.YEARLY, IndicatorKind.MANUAL, AggregationRule.LATEST_RECORDED, false, "s", Map.of()), 1,
                List.of());

        Indicator.Recording outcome = departemental.record(value(LocalDate.of(2025, 6, 1), "T6", "s"), "e", NOW,
                "sens");

        assertThat(outcome).isInstanceOfSatisfying(Indicator.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(Violation::code)
                        .containsExactly("territoryCode.notBrokenDown"));
    }

    @Test
    void theLatestDatedValueOfAYearStandsForIt() {
        Indicator once = ((Indicator.Recorded) manual.record(value(LocalDate.of(2025, 12, 31), null, "s"), "e1", NOW,
                "sens")).indicator();
        Indicator twice = ((Indicator.Recorded) once.record(new ValueToRecord(null, LocalDate.of(2025, 6, 30), null,
                new BigDecimal("40"), new BigDecimal("95"), "s", null), "e2", NOW.plusSeconds(60), "sens"))
                .indicator();

        assertThat(twice.latestFor(2025, null)).hasValueSatisfying(v -> assertThat(v.valueId()).isEqualTo("e1"));
        assertThat(twice.targetFor(2025)).as("the definition's target comes first").isEqualByComparingTo("90");
    }

    @Test
    void targetsOutsideTheSupportedYearsAreRefused() {
        assertThat(manual.withTargets(Map.of(2017, BigDecimal.TEN))).isEmpty();
        assertThat(manual.withTargets(Map.of(2027, BigDecimal.TEN))).hasValueSatisfying(changed -> {
            assertThat(changed.targetFor(2027)).isEqualByComparingTo("10");
            assertThat(changed.version()).isEqualTo(4);
        });
    }

    private static ValueToRecord value(LocalDate date, String territory, String source) {
        return new ValueToRecord(null, date, territory, new BigDecimal("86"), null, source, null);
    }
}
