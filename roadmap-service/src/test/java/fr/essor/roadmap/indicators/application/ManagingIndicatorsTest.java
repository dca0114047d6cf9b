package fr.essor.roadmap.indicators.application;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.IndicatorDefinition;
import fr.essor.roadmap.indicators.domain.IndicatorValueRecorded;
import fr.essor.roadmap.indicators.domain.Periodicity;
import fr.essor.roadmap.indicators.domain.ValueToRecord;
import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ManagingIndicatorsTest {

    private static final Actor SENS = new Actor("sens", Set.of(Role.DIEESS), null);
    private static final Actor DJVA = new Actor("djva", Set.of(Role.DJVA), null);
    private static final Actor EPT = new Actor("ept", Set.of(Role.EPT), "T6");

    private final StoredIndicators indicators = new StoredIndicators();
    private final ManagingIndicators managing = new ManagingIndicators(indicators,
            Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"), ZoneOffset.UTC), () -> "event-1");

    @Test
    void anIndicatorsTextsAreLengthLimitedAndATooLongOneIsSaidSo() {
        IndicatorOutcome refused = managing.create(new ManagingIndicators.NewIndicator("x".repeat(201),
                "d".repeat(100_000), "u".repeat(41), Periodicity.YEARLY, false, "s".repeat(301), Map.of()), SENS);

        assertThat(refused).isInstanceOfSatisfying(IndicatorOutcome.Rejected.class, r ->
                assertThat(r.violations()).extracting(Violation::code).containsExactly("name.too-long",
                        "unit.too-long", "description.too-long", "source.too-long"));
        assertThat(indicators.published).isEmpty();
    }

    @Test
    void theSensCreatesAManualIndicatorAndRecordsAValueThatIsPublished() {
        IndicatorOutcome created = managing.create(new ManagingIndicators.NewIndicator("Structures agréées ESUS",
                null, "structures", Periodicity.YEARLY, true, "DREETS", Map.of(2026, BigDecimal.TEN)), SENS);
        assertThat(created).isInstanceOf(IndicatorOutcome.Done.class);
        String id = ((IndicatorOutcome.Done) created).indicator().id();
        assertThat(id).isEqualTo("manual-structures-agreees-esus");

        IndicatorOutcome recorded = managing.record(id, new ValueToRecord(null, LocalDate.of(2025, 12, 31), "T8",
                new BigDecimal("12"), null, "DREETS", null), SENS);

        assertThat(recorded).isInstanceOf(IndicatorOutcome.Done.class);
        assertThat(indicators.published).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo("event-1");
            assertThat(event.recordedBy()).isEqualTo("sens");
            assertThat(event.version()).isEqualTo(2);
        });
    }

    @Test
    void otherDirectoratesAndEptsReadButDoNotWriteIndicators() {
        indicators.add(new Indicator(new IndicatorDefinition("manual-x", "X", null, "u", Periodicity.YEARLY,
                fr.essor.roadmap.indicators.domain.IndicatorKind.MANUAL,
                fr.essor.roadmap.indicators.domain.AggregationRule.LATEST_RECORDED, false, "s", Map.of()), 1,
                List.of()), "sens");
        ValueToRecord value = new ValueToRecord(null, LocalDate.of(2025, 1, 1), null, BigDecimal.ONE, null, "s", null);

        assertThat(managing.record("manual-x", value, DJVA)).isInstanceOf(IndicatorOutcome.Forbidden.class);
        assertThat(managing.record("manual-x", value, EPT)).isInstanceOf(IndicatorOutcome.Forbidden.class);
        assertThat(managing.setTargets("manual-x", Map.of(2026, BigDecimal.ONE), DJVA))
                .isInstanceOf(IndicatorOutcome.Forbidden.class);
        assertThat(indicators.published).isEmpty();
        assertThat(managing.record("manual-x", value, new Actor("admin", Set.of(Role.ADMIN), null)))
                .isInstanceOf(IndicatorOutcome.Done.class);
    }

    @Test
    void onlyOpsAndAdministratorsRebuildTheComputedIndicators() {
        assertThat(RebuildingIndicators.mayRebuild(new Actor("ops", Set.of(Role.OPS), null))).isTrue();
        assertThat(RebuildingIndicators.mayRebuild(new Actor("admin", Set.of(Role.ADMIN), null))).isTrue();
        assertThat(RebuildingIndicators.mayRebuild(SENS)).isFalse();
    }

    @Test
    void anIndicatorCannotBeCreatedTwiceUnderTheSameName() {
        ManagingIndicators.NewIndicator request = new ManagingIndicators.NewIndicator("Tiers-lieux", null, "lieux",
                null, false, "SENS", null);
        managing.create(request, SENS);

        assertThat(managing.create(request, SENS)).isInstanceOf(IndicatorOutcome.AlreadyExists.class);
    }

    /** Indicators kept in memory, with the facts their saves would publish. */
    static final class StoredIndicators implements Indicators {

        final Map<String, Indicator> byId = new HashMap<>();
        final List<IndicatorValueRecorded> published = new ArrayList<>();

        @Override
        public Optional<Indicator> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Indicator> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public boolean add(Indicator indicator, String createdBy) {
            return byId.putIfAbsent(indicator.id(), indicator) == null;
        }

        @Override
        public void save(Indicator indicator, long expectedVersion, Optional<IndicatorValueRecorded> recorded) {
            assertThat(byId.get(indicator.id()).version()).isEqualTo(expectedVersion);
            byId.put(indicator.id(), indicator);
            recorded.ifPresent(published::add);
        }

        @Override
        public void loadReference(IndicatorDefinition definition) {
            byId.putIfAbsent(definition.id(), new Indicator(definition, 1, List.of()));
        }
    }
}
