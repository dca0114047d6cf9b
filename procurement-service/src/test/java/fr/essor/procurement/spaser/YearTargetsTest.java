package fr.essor.procurement.spaser;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.spaser.domain.IndicatorStanding;
import fr.essor.procurement.spaser.domain.SpaserIndicator;
import fr.essor.procurement.spaser.domain.YearTargets;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class YearTargetsTest {

    static final Instant NOW = Instant.parse("2026-11-10T09:00:00Z");

    @Test
    void aYearStartsWithoutAnyTargetAndTheDieessSetsSomeRecordingWhoAndWhen() {
        YearTargets none = YearTargets.none(2026);
        assertThat(none.targets()).isEmpty();

        YearTargets.Changed changed = (YearTargets.Changed) none.change(Map.of(
                "SOCIAL_CONSIDERATION_SHARE", new BigDecimal("40"),
                "reserved_l2113_13_count", new BigDecimal("12")), "sens", NOW);

        assertThat(changed.targets().target(SpaserIndicator.SOCIAL_CONSIDERATION_SHARE)).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("40"));
        assertThat(changed.targets().target(SpaserIndicator.RESERVED_L2113_13_COUNT)).isPresent();
        assertThat(changed.targets().target(SpaserIndicator.INSERTION_HOURS_DONE)).isEmpty();
        assertThat(changed.targets().version()).isEqualTo(1);
        assertThat(changed.targets().updatedBy()).isEqualTo("sens");
        assertThat(changed.targets().updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aNullValueClearsATargetAndTheOthersStay() {
        YearTargets set = ((YearTargets.Changed) YearTargets.none(2026).change(Map.of(
                "SOCIAL_CONSIDERATION_SHARE", new BigDecimal("40"), "ESS_SUPPLIERS_AMOUNT",
                new BigDecimal("1000000")), "sens", NOW)).targets();
        Map<String, BigDecimal> clear = new HashMap<>();
        clear.put("SOCIAL_CONSIDERATION_SHARE", null);

        YearTargets cleared = ((YearTargets.Changed) set.change(clear, "sens", NOW)).targets();

        assertThat(cleared.target(SpaserIndicator.SOCIAL_CONSIDERATION_SHARE)).isEmpty();
        assertThat(cleared.target(SpaserIndicator.ESS_SUPPLIERS_AMOUNT)).isPresent();
        assertThat(cleared.version()).isEqualTo(2);
    }

    @Test
    void targetsOutsideTheSchemeNegativeOverAHundredPercentFractionalCountsOrUnknownAreRefused() {
        assertThat(codes(YearTargets.none(2029).change(Map.of("SOCIAL_CONSIDERATION_SHARE", BigDecimal.TEN),
                "sens", NOW))).containsExactly("year.outsideScheme");
        assertThat(codes(YearTargets.none(2026).change(Map.of(
                "SOCIAL_CONSIDERATION_SHARE", new BigDecimal("120")), "sens", NOW))).containsExactly("target.percent");
        assertThat(codes(YearTargets.none(2026).change(Map.of(
                "INSERTION_HOURS_DONE", new BigDecimal("-1")), "sens", NOW))).containsExactly("target.negative");
        assertThat(codes(YearTargets.none(2026).change(Map.of(
                "RESERVED_L2113_12_COUNT", new BigDecimal("2.5")), "sens", NOW))).containsExactly("target.scale");
        assertThat(codes(YearTargets.none(2026).change(Map.of("MEALS", BigDecimal.ONE), "sens", NOW)))
                .containsExactly("targets.unknownIndicator");
    }

    @Test
    void anIndicatorReachesItsTargetWhenItIsAtLeastTheTargetAndSaysHowFarItIs() {
        IndicatorStanding below = IndicatorStanding.of(SpaserIndicator.INSERTION_HOURS_DONE, new BigDecimal("750"),
                new BigDecimal("1000"));
        IndicatorStanding reached = IndicatorStanding.of(SpaserIndicator.INSERTION_HOURS_DONE, new BigDecimal("1000"),
                new BigDecimal("1000"));
        IndicatorStanding noTarget = IndicatorStanding.of(SpaserIndicator.INSERTION_HOURS_DONE, BigDecimal.TEN, null);

        assertThat(below.reached()).isFalse();
        assertThat(below.achievement()).isEqualByComparingTo("75");
        assertThat(reached.reached()).isTrue();
        assertThat(noTarget.reached()).isFalse();
        assertThat(noTarget.achievement()).isNull();
    }

    private static java.util.List<String> codes(YearTargets.ChangeOutcome outcome) {
        assertThat(outcome).isInstanceOf(YearTargets.ChangeRefused.class);
        return ((YearTargets.ChangeRefused) outcome).violations().stream().map(Violation::code).toList();
    }
}
