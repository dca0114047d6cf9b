package fr.essor.roadmap.indicators.application;

import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.IncomingEvent;
import fr.essor.roadmap.indicators.domain.AggregationRule;
import fr.essor.roadmap.indicators.domain.Aggregation;
import fr.essor.roadmap.indicators.domain.ComputedIndicators;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ContributingFactsTest {

    private final InMemoryContributions contributions = new InMemoryContributions();

    @Test
    void anAppelAAgirGrantFeedsTheAmountAndTheLaureatesOfItsCallYearAndEpt() {
        CountingGrants grants = new CountingGrants(contributions);

        assertThat(grants.awarded(event("g1", CountingGrants.GRANT_AWARDED), grant("AAA"))).isEqualTo(Consumption.APPLIED);

        assertThat(value(ComputedIndicators.AAA_AMOUNT_AWARDED, AggregationRule.SUM, 2026, "T6"))
                .isEqualByComparingTo("15000.00");
        assertThat(value(ComputedIndicators.AAA_LAUREATES, AggregationRule.DISTINCT_COUNT, 2026, "T6"))
                .isEqualByComparingTo("1");
    }

    @Test
    void theSameGrantDeliveredTwiceIsADuplicateAndCountsOnce() {
        CountingGrants grants = new CountingGrants(contributions);
        grants.awarded(event("g1", CountingGrants.GRANT_AWARDED), grant("AAA"));

        assertThat(grants.awarded(event("g1", CountingGrants.GRANT_AWARDED), grant("AAA")))
                .isEqualTo(Consumption.DUPLICATE);
        assertThat(value(ComputedIndicators.AAA_AMOUNT_AWARDED, AggregationRule.SUM, 2026, null))
                .isEqualByComparingTo("15000.00");
    }

    @Test
    void aGrantOfAnotherProgrammeOrAnotherTypeOnTheTopicIsIgnored() {
        CountingGrants grants = new CountingGrants(contributions);

        assertThat(grants.awarded(event("g1", CountingGrants.GRANT_AWARDED), grant("OTHER")))
                .isEqualTo(Consumption.IGNORED);
        assertThat(grants.routes().types()).as("the only type of the topic it follows")
                .containsExactly(CountingGrants.GRANT_AWARDED);
        assertThat(contributions.byId).isEmpty();
    }

    @Test
    void aSoldStakeLeavesThePortfolioEvenIfItsAcquisitionIsReplayedAfterwards() {
        FollowingScicStakes stakes = new FollowingScicStakes(contributions);
        var acquired = new FollowingScicStakes.StakeAcquired("S1", 1, "Paysan urbain", "81234567800019",
                new BigDecimal("20000"), LocalDate.of(2021, 6, 28));
        var sold = new FollowingScicStakes.StakeSold("S1", 2, "Paysan urbain", "81234567800019",
                LocalDate.of(2026, 3, 31));

        stakes.acquired(event("s1", FollowingScicStakes.ACQUIRED), acquired);
        stakes.sold(event("s2", FollowingScicStakes.SOLD), sold);
        assertThat(stakes.acquired(event("s1", FollowingScicStakes.ACQUIRED), acquired))
                .isEqualTo(Consumption.DUPLICATE);

        assertThat(value(ComputedIndicators.SCIC_PORTFOLIO, AggregationRule.LATEST_STATE_SUM, 2025, null))
                .isEqualByComparingTo("1");
        assertThat(value(ComputedIndicators.SCIC_PORTFOLIO, AggregationRule.LATEST_STATE_SUM, 2026, null))
                .isEqualByComparingTo("0");
        assertThat(value(ComputedIndicators.SCIC_CAPITAL_HELD, AggregationRule.LATEST_STATE_SUM, 2025, null))
                .isEqualByComparingTo("20000");
    }

    @Test
    void onlyReservedContractsCountInTheReservedAmountAndOnlyClausesInTheHoursPlanned() {
        CountingContracts contracts = new CountingContracts(contributions);
        var plain = new CountingContracts.ContractAwarded("C1", 1, "2026-01", "Entreprise", "NONE",
                new BigDecimal("50000"), BigDecimal.ZERO, "T7", 2026);
        var reserved = new CountingContracts.ContractAwarded("C2", 1, "2026-02", "EI", "L2113-13",
                new BigDecimal("184500"), new BigDecimal("2400"), "T7", 2026);

        assertThat(contracts.awarded(event("c1", CountingContracts.AWARDED), plain)).isEqualTo(Consumption.IGNORED);
        assertThat(contracts.awarded(event("c2", CountingContracts.AWARDED), reserved)).isEqualTo(Consumption.APPLIED);

        assertThat(value(ComputedIndicators.RESERVED_CONTRACTS_AMOUNT, AggregationRule.SUM, 2026, "T7"))
                .isEqualByComparingTo("184500");
        assertThat(value(ComputedIndicators.INSERTION_HOURS_PLANNED, AggregationRule.SUM, 2026, "T7"))
                .isEqualByComparingTo("2400");
    }

    @Test
    void reportedHoursCountInTheYearTheirPeriodEnds() {
        CountingContracts contracts = new CountingContracts(contributions);
        var report = new CountingContracts.HoursReported("C2", 4, "T7", LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 1, 31), new BigDecimal("612.5"));

        contracts.hoursReported(event("h1", CountingContracts.HOURS_REPORTED), report);

        assertThat(value(ComputedIndicators.INSERTION_HOURS_DONE, AggregationRule.SUM, 2026, "T7"))
                .isEqualByComparingTo("612.5");
        assertThat(value(ComputedIndicators.INSERTION_HOURS_DONE, AggregationRule.SUM, 2025, "T7")).isNull();
    }

    @Test
    void aVacatedHubSpaceNoLongerCountsInTheAllocatedArea() {
        FollowingHubSpaces hub = new FollowingHubSpaces(contributions);
        hub.allocated(event("a1", FollowingHubSpaces.ALLOCATED), new FollowingHubSpaces.SpaceAllocated("SP1", 5,
                "Atelier 112", "O1", "Coop", new BigDecimal("85.5"), LocalDate.of(2026, 9, 1)));
        hub.allocated(event("a2", FollowingHubSpaces.ALLOCATED), new FollowingHubSpaces.SpaceAllocated("SP2", 1,
                "Bureau 3", "O2", "Asso", new BigDecimal("20"), LocalDate.of(2026, 9, 1)));
        hub.vacated(event("v1", FollowingHubSpaces.VACATED), new FollowingHubSpaces.SpaceVacated("SP1", 6, "O1",
                LocalDate.of(2027, 8, 31)));

        assertThat(value(ComputedIndicators.HUB_AREA_ALLOCATED, AggregationRule.LATEST_STATE_SUM, 2026, null))
                .isEqualByComparingTo("105.5");
        assertThat(value(ComputedIndicators.HUB_AREA_ALLOCATED, AggregationRule.LATEST_STATE_SUM, 2027, null))
                .isEqualByComparingTo("20");
        assertThat(value(ComputedIndicators.HUB_SPACES_OCCUPIED, AggregationRule.LATEST_STATE_SUM, 2026, null))
                .isEqualByComparingTo("2");
        assertThat(value(ComputedIndicators.HUB_SPACES_OCCUPIED, AggregationRule.LATEST_STATE_SUM, 2027, null))
                .isEqualByComparingTo("1");
    }

    @Test
    void aHubAllocationDeliveredTwiceOccupiesItsSpaceOnce() {
        FollowingHubSpaces hub = new FollowingHubSpaces(contributions);
        var allocated = new FollowingHubSpaces.SpaceAllocated("SP9", 2, "Atelier 9", "O9", "Coop",
                new BigDecimal("40"), LocalDate.of(2026, 3, 1));

        hub.allocated(event("a9", FollowingHubSpaces.ALLOCATED), allocated);
        hub.allocated(event("a9", FollowingHubSpaces.ALLOCATED), allocated);

        assertThat(value(ComputedIndicators.HUB_SPACES_OCCUPIED, AggregationRule.LATEST_STATE_SUM, 2026, null))
                .isEqualByComparingTo("1");
        assertThat(value(ComputedIndicators.HUB_AREA_ALLOCATED, AggregationRule.LATEST_STATE_SUM, 2026, null))
                .isEqualByComparingTo("40");
    }

    @Test
    void aSignedLeaseHousesItsOrganisationInTheEptOfThePremisesUntilTheYearItEnds() {
        CountingLeases leases = new CountingLeases(contributions);

        leases.signed(event("l1", CountingLeases.LEASE_SIGNED), new CountingLeases.LeaseSigned("L1", 1,
                "W931004567", "Asso", "T8", new BigDecimal("180")));
        assertThat(housed(2026, "T8")).isEqualByComparingTo("1");

        var ended = new CountingLeases.LeaseEnded("L1", 2, "W931004567", "T8", LocalDate.of(2027, 6, 30),
                "Asso");
        assertThat(leases.ended(event("l2", CountingLeases.LEASE_ENDED), ended)).isEqualTo(Consumption.APPLIED);
        assertThat(leases.ended(event("l2", CountingLeases.LEASE_ENDED), ended))
                .as("a redelivered end counts once").isEqualTo(Consumption.DUPLICATE);

        assertThat(housed(2026, "T8")).as("still housed at the end of 2026").isEqualByComparingTo("1");
        assertThat(housed(2027, "T8")).as("no longer housed once the lease ended").isEqualByComparingTo("0");
        assertThat(housed(2027, null)).isEqualByComparingTo("0");
    }

    private BigDecimal housed(int year, String territory) {
        return value(ComputedIndicators.ORGANISATIONS_HOUSED, AggregationRule.LATEST_STATE_SUM, year, territory);
    }

    private BigDecimal value(String indicator, AggregationRule rule, int year, String territory) {
        return Aggregation.valueOf(rule, year, territory, contributions.of(indicator)).value();
    }

    private static GrantAwardedFact grant(String programme) {
        return new GrantAwardedFact("AAA-2026-0042", 7, programme, 2026, "84129031700012", "Coop", "Vélos",
                new BigDecimal("15000.00"), "T6", true);
    }

    private static IncomingEvent event(String id, String type) {
        return new IncomingEvent(id, type, "/essor/test", "subject", Instant.parse("2026-05-12T16:30:00Z"));
    }
}
