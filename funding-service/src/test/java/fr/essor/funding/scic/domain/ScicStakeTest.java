package fr.essor.funding.scic.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ScicStakeTest {

    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    static final StakeSeed PAYSAN_URBAIN = StakeSeed.currentStakes().get(4);

    static Acquisition acquisition(String capitalHeld, String scicCapital) {
        return new Acquisition("81234567800019", "T6", 200L, new BigDecimal(capitalHeld), new BigDecimal(scicCapital),
                LocalDate.of(2021, 6, 28), "CD-2021-06-24-0112");
    }

    static ScicStake held(String capitalHeld, String scicCapital) {
        return ((StakeOutcome.Changed) ScicStake.fromReference(PAYSAN_URBAIN, AT)
                .complete(acquisition(capitalHeld, scicCapital), "sens", AT)).stake();
    }

    @ParameterizedTest(name = "{0} € of {1} € is {2} % and accepted: {3}")
    @CsvSource({
            "20000, 160000, 12.50, true",
            "50000, 100000, 50.00, true",
            "50001, 100000, 50.00, true",   // 50.001 % rounds to 50.00 %: held to two decimals, as published
            "50010, 100000, 50.01, false",
            "100000, 100000, 100.00, false",
    })
    void theDepartementMayHoldAtMostHalfOfAScicsCapital(String held, String capital, String percent,
                                                        boolean accepted) {
        assertThat(new Holding(1, new BigDecimal(held), new BigDecimal(capital)).percent())
                .isEqualByComparingTo(percent);
        assertThat(Holding.check(1L, new BigDecimal(held), new BigDecimal(capital)).isEmpty()).isEqualTo(accepted);
    }

    @Test
    void aHoldingAboveHalfIsRefusedWithTheRuleAndThePercentageItWouldReach() {
        StakeOutcome outcome = ScicStake.fromReference(PAYSAN_URBAIN, AT)
                .complete(acquisition("60000", "100000"), "sens", AT);

        assertThat(outcome).isInstanceOfSatisfying(StakeOutcome.Invalid.class, invalid ->
                assertThat(invalid.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("capitalHeld.aboveHalf");
                    assertThat(v.message()).contains("plus de 50 %", "60,00 %");
                }));
    }

    @Test
    void anIncreaseThatWouldCrossHalfIsRefusedAndOneThatStaysBelowIsPublishedAsAChange() {
        ScicStake stake = held("20000", "160000");

        StakeOutcome crossing = stake.change(StakeChange.INCREASE, 900L, new BigDecimal("90000"),
                new BigDecimal("170000"), LocalDate.of(2025, 11, 20), "CD-2025-11-18-0204", "sens", AT);
        StakeOutcome below = stake.change(StakeChange.INCREASE, 350L, new BigDecimal("35000"),
                new BigDecimal("190000"), LocalDate.of(2025, 11, 20), "CD-2025-11-18-0204", "sens", AT);

        assertThat(crossing).isInstanceOfSatisfying(StakeOutcome.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::code).containsExactly("capitalHeld.aboveHalf"));
        assertThat(below).isInstanceOfSatisfying(StakeOutcome.Changed.class, changed -> {
            assertThat(changed.stake().version()).isEqualTo(2);
            assertThat(changed.stake().holding().percent()).isEqualByComparingTo("18.42");
            assertThat(changed.events()).singleElement().isInstanceOfSatisfying(ScicStakeEvent.Changed.class, e ->
                    assertThat(e.change()).isEqualTo(StakeChange.INCREASE));
        });
    }

    @Test
    void aPreloadedStakeHasNoFigureNorFactUntilItsAcquisitionIsRecordedAsVersionOne() {
        ScicStake preloaded = ScicStake.fromReference(PAYSAN_URBAIN, AT);

        assertThat(preloaded.status()).isEqualTo(StakeStatus.TO_COMPLETE);
        assertThat(preloaded.holding()).isNull();
        assertThat(preloaded.acquiredOn()).isNull();
        assertThat(preloaded.version()).isZero();

        StakeOutcome completed = preloaded.complete(acquisition("20000", "160000"), "sens", AT);
        assertThat(completed).isInstanceOfSatisfying(StakeOutcome.Changed.class, changed -> {
            assertThat(changed.stake().status()).isEqualTo(StakeStatus.HELD);
            assertThat(changed.stake().version()).isEqualTo(1);
            assertThat(changed.events()).singleElement().isInstanceOf(ScicStakeEvent.Acquired.class);
        });
        assertThat(((StakeOutcome.Changed) completed).stake().complete(acquisition("1", "10"), "sens", AT))
                .isInstanceOfSatisfying(StakeOutcome.NotAllowedNow.class, n ->
                        assertThat(n.code()).isEqualTo("stake.alreadyRecorded"));
    }

    @Test
    void aStakeToCompleteCannotBeChangedNorSold() {
        ScicStake preloaded = ScicStake.fromReference(PAYSAN_URBAIN, AT);

        assertThat(preloaded.sell(LocalDate.of(2026, 1, 1), BigDecimal.TEN, "CD-1", "sens", AT))
                .isInstanceOfSatisfying(StakeOutcome.NotAllowedNow.class, n -> {
                    assertThat(n.code()).isEqualTo("stake.toComplete");
                    assertThat(n.message()).contains("« À compléter »", "renseignez d'abord ses chiffres");
                });
    }

    @Test
    void aReductionMustLowerTheCapitalAndAnIncreaseNeedsItsDeliberationButACorrectionDoesNot() {
        ScicStake stake = held("20000", "160000");
        LocalDate on = LocalDate.of(2026, 2, 1);

        assertThat(stake.change(StakeChange.REDUCTION, 300L, new BigDecimal("30000"), new BigDecimal("160000"), on,
                "CD-2", "sens", AT)).isInstanceOfSatisfying(StakeOutcome.Invalid.class, i ->
                assertThat(i.violations()).extracting(Violation::code).containsExactly("capitalHeld.notReduced"));
        assertThat(stake.change(StakeChange.INCREASE, 300L, new BigDecimal("30000"), new BigDecimal("160000"), on,
                " ", "sens", AT)).isInstanceOfSatisfying(StakeOutcome.Invalid.class, i ->
                assertThat(i.violations()).extracting(Violation::code)
                        .containsExactly("deliberationReference.required"));
        assertThat(stake.change(StakeChange.CORRECTION, 210L, new BigDecimal("21000"), new BigDecimal("160000"), on,
                null, "sens", AT)).isInstanceOfSatisfying(StakeOutcome.Changed.class, c ->
                assertThat(((ScicStakeEvent.Changed) c.events().getFirst()).deliberationReference()).isNull());
        assertThat(stake.change(StakeChange.CORRECTION, 200L, new BigDecimal("20000.00"), new BigDecimal("160000"), on,
                null, "sens", AT)).isInstanceOfSatisfying(StakeOutcome.Invalid.class, i ->
                assertThat(i.violations()).extracting(Violation::code).containsExactly("holding.unchanged"));
    }

    @Test
    void aSaleSellsEveryShareAndNothingCanChangeAfterwards() {
        ScicStake stake = held("20000", "160000");

        StakeOutcome sold = stake.sell(LocalDate.of(2027, 3, 31), new BigDecimal("20000"), "CD-2027-03-25-0051",
                "sens", AT);

        assertThat(sold).isInstanceOfSatisfying(StakeOutcome.Changed.class, c -> {
            assertThat(c.stake().status()).isEqualTo(StakeStatus.SOLD);
            assertThat(c.events()).singleElement().isInstanceOfSatisfying(ScicStakeEvent.Sold.class, e -> {
                assertThat(e.sharesSold()).isEqualTo(200);
                assertThat(e.deliberationReference()).isEqualTo("CD-2027-03-25-0051");
            });
            assertThat(c.stake().change(StakeChange.INCREASE, 300L, new BigDecimal("30000"),
                    new BigDecimal("160000"), LocalDate.of(2027, 5, 1), "CD-3", "sens", AT))
                    .isInstanceOf(StakeOutcome.NotAllowedNow.class);
            assertThat(c.stake().appoint("Mme X", "Collège des collectivités", "sens", AT))
                    .isInstanceOf(StakeOutcome.NotAllowedNow.class);
        });
    }

    @Test
    void governanceAndGeneralMeetingsAreFollowedWithoutPublishingAFact() {
        ScicStake stake = held("20000", "160000");

        StakeOutcome appointed = stake.appoint("Mme Dupont, conseillère départementale", "Collège des collectivités",
                "sens", AT);
        StakeOutcome meeting = ((StakeOutcome.Changed) appointed).stake().recordGeneralMeeting(
                LocalDate.of(2025, 6, 12), "Approbation des comptes 2024", new BigDecimal("1250000"),
                new BigDecimal("-12000.50"), null, "sens", AT);
        StakeOutcome undated = stake.recordGeneralMeeting(null, " ", null, null, null, "sens", AT);

        assertThat(((StakeOutcome.Changed) appointed).events()).isEmpty();
        assertThat(meeting).isInstanceOfSatisfying(StakeOutcome.Changed.class, c -> {
            assertThat(c.events()).isEmpty();
            assertThat(c.stake().college()).isEqualTo("Collège des collectivités");
            assertThat(c.stake().meetings()).singleElement().satisfies(m -> {
                assertThat(m.result()).isEqualByComparingTo("-12000.50");
                assertThat(m.equity()).isNull();
            });
            assertThat(c.stake().history()).extracting(StakeHistoryEntry::what)
                    .containsExactly("REFERENCE", "ACQUIRED", "APPOINTED", "GENERAL_MEETING");
        });
        assertThat(undated).isInstanceOfSatisfying(StakeOutcome.Invalid.class, i ->
                assertThat(i.violations()).extracting(Violation::code)
                        .containsExactly("heldOn.required", "resolutions.required"));
    }

    @Test
    void figuresOutOfBoundsAreRefusedForWhatTheyAreNotAsMissing() {
        StakeOutcome acquired = ScicStake.acquire("SCIC-X", "x".repeat(100_000), new Acquisition(" ", "T6", -1L,
                new BigDecimal("-1"), new BigDecimal("1e400"), LocalDate.of(2999, 1, 1), "CD-1"), "sens", AT);

        assertThat(acquired).isInstanceOfSatisfying(StakeOutcome.Invalid.class, i ->
                assertThat(i.violations()).extracting(Violation::code).containsExactly("scicName.too-long",
                        "organisation.required", "shares.range", "capitalHeld.range", "scicCapital.range",
                        "acquiredOn.date-range"));
    }

    @Test
    void aGeneralMeetingKeepsItsDateInTheWindowAndItsFiguresBoundedOnlyTheRevenueNeverNegative() {
        ScicStake stake = held("20000", "160000");

        StakeOutcome refused = stake.recordGeneralMeeting(LocalDate.of(2999, 1, 1), "x".repeat(4001),
                new BigDecimal("-1"), new BigDecimal("1e400"), new BigDecimal("-1e400"), "sens", AT);
        StakeOutcome loss = stake.recordGeneralMeeting(LocalDate.of(2025, 6, 12), "Comptes 2024",
                BigDecimal.ZERO, new BigDecimal("-1000000000"), new BigDecimal("-250.10"), "sens", AT);

        assertThat(refused).isInstanceOfSatisfying(StakeOutcome.Invalid.class, i ->
                assertThat(i.violations()).extracting(Violation::code).containsExactly("heldOn.date-range",
                        "resolutions.too-long", "revenue.range", "result.range", "equity.range"));
        assertThat(loss).isInstanceOf(StakeOutcome.Changed.class);
    }

    @Test
    void governanceTextsAndTheSaleDateHaveTheirBounds() {
        ScicStake stake = held("20000", "160000");

        StakeOutcome appointed = stake.appoint("x".repeat(201), "y".repeat(100_000), "sens", AT);
        StakeOutcome sold = stake.sell(LocalDate.of(2999, 1, 1), new BigDecimal("1000.001"), "CD-2026-1", "sens", AT);

        assertThat(appointed).isInstanceOfSatisfying(StakeOutcome.Invalid.class, i ->
                assertThat(i.violations()).extracting(Violation::code)
                        .containsExactly("representative.too-long", "college.too-long"));
        assertThat(sold).isInstanceOfSatisfying(StakeOutcome.Invalid.class, i ->
                assertThat(i.violations()).extracting(Violation::code)
                        .containsExactly("soldOn.date-range", "saleAmount.decimals"));
        assertThat(stake.appoint("Mme Dupont", "Collège des collectivités", "sens", AT))
                .isInstanceOf(StakeOutcome.Changed.class);
    }

    @Test
    void theRoadmapNamesSixStakesAndGivesNoFigure() {
        assertThat(StakeSeed.currentStakes()).extracting(StakeSeed::scicName).containsExactly("Novaedia",
                "Le Relais Restauration", "Coop Bio Île-de-France", "MAZE", "Paysan urbain", "Label Gamelle");
    }
}
