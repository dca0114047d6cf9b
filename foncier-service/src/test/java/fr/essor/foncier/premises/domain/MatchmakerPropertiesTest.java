package fr.essor.foncier.premises.domain;

import fr.essor.kit.reference.Commune;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching rules over many needs and offers: what is never proposed, and how the score moves. */
class MatchmakerPropertiesTest {

    private final Matchmaker matchmaker = new Matchmaker();

    @Property
    void anOfferOutsideTheSurfaceRangeOrUsagesOfANeedIsNeverProposed(@ForAll("needs") NeedDetails need,
                                                                     @ForAll("offers") OfferDetails offer) {
        Assessment assessment = matchmaker.assess(Premises.need(need), Premises.offer(offer));

        if (assessment instanceof Assessment.Proposable) {
            assertThat(offer.surface()).isBetween(need.surface().min(), need.surface().max());
            assertThat(offer.allowedUsages()).containsAll(need.usages());
        } else {
            assertThat(!need.surface().contains(offer.surface())
                    || !offer.allowedUsages().containsAll(need.usages())).isTrue();
        }
    }

    @Property
    void everyProposedMatchIsScoredFromZeroToHundredWithItsReasons(@ForAll("needs") NeedDetails need,
                                                                   @ForAll("offers") OfferDetails offer) {
        if (matchmaker.assess(Premises.need(need), Premises.offer(offer)) instanceof Assessment.Proposable p) {
            assertThat(p.score()).isBetween(0, 100);
            assertThat(p.reasons()).extracting(MatchReason::criterion)
                    .contains(Criterion.SURFACE, Criterion.USAGE, Criterion.LOCATION, Criterion.RENT, Criterion.DATES);
        }
    }

    @Property
    void aCheaperRentNeverLowersTheScore(@ForAll("needs") NeedDetails need, @ForAll("offers") OfferDetails offer,
                                         @ForAll @IntRange(min = 0, max = 300) int discount) {
        BigDecimal cheaper = offer.rentPerSquareMetre().subtract(BigDecimal.valueOf(discount)).max(BigDecimal.ZERO);

        assertThat(score(need, Premises.withRent(offer, cheaper))).isGreaterThanOrEqualTo(score(need, offer));
    }

    @Property
    void anEarlierAvailabilityNeverLowersTheScore(@ForAll("needs") NeedDetails need,
                                                  @ForAll("offers") OfferDetails offer,
                                                  @ForAll @IntRange(min = 0, max = 400) int daysEarlier) {
        OfferDetails earlier = Premises.availableFrom(offer, offer.availableFrom().minusDays(daysEarlier));
        if (earlier.availableUntil() != null && earlier.availableUntil().isBefore(earlier.availableFrom())) {
            return;
        }
        assertThat(score(need, earlier)).isGreaterThanOrEqualTo(score(need, offer));
    }

    @Property
    void aCloserPlaceNeverLowersTheScore(@ForAll("needs") NeedDetails need, @ForAll("offers") OfferDetails offer) {
        NeedDetails inMontreuil = Premises.withPlaces(need, List.of(Premises.MONTREUIL), List.of());
        int sameCommune = score(inMontreuil, Premises.at(offer, Premises.MONTREUIL));
        int sameTerritory = score(inMontreuil, Premises.at(offer, Premises.BONDY));
        int neighbouring = score(inMontreuil, Premises.at(offer, Premises.DRANCY));

        assertThat(sameCommune).isGreaterThanOrEqualTo(sameTerritory);
        assertThat(sameTerritory).isGreaterThanOrEqualTo(neighbouring);
        assertThat(neighbouring).isGreaterThanOrEqualTo(score(inMontreuil, Premises.at(offer, Premises.SAINT_DENIS)));
    }

    @Property
    void meetingAnAccessibilityOrErpRequirementNeverLowersTheScore(@ForAll("needs") NeedDetails need,
                                                                   @ForAll("offers") OfferDetails offer) {
        OfferDetails compliant = Premises.withAccess(offer, true, offer.erpCategory() == null ? 5 : offer.erpCategory());

        assertThat(score(need, compliant)).isGreaterThanOrEqualTo(score(need, offer));
    }

    private int score(NeedDetails need, OfferDetails offer) {
        return matchmaker.assess(Premises.need(need), Premises.offer(offer)) instanceof Assessment.Proposable p
                ? p.score() : -1;
    }

    @Provide
    Arbitrary<NeedDetails> needs() {
        Arbitrary<Set<Usage>> usages = Arbitraries.of(Usage.class).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<int[]> range = Arbitraries.integers().between(1, 600).flatMap(min ->
                Arbitraries.integers().between(min, min + 400).map(max -> new int[] {min, max}));
        Arbitrary<List<Commune>> communes = Arbitraries.of(Premises.COMMUNES.all()).list().ofMaxSize(2).uniqueElements();
        Arbitrary<BigDecimal> budget = Arbitraries.integers().between(0, 300).map(BigDecimal::valueOf).injectNull(0.2);
        Arbitrary<LocalDate> neededFrom = Arbitraries.integers().between(0, 720)
                .map(days -> LocalDate.of(2026, 1, 1).plusDays(days));
        Arbitrary<Tenure> tenure = Arbitraries.of(Tenure.class);
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 60).injectNull(0.3);
        return Combinators.combine(usages, range, communes, budget, neededFrom, tenure, months,
                        Arbitraries.of(true, false))
                .as((u, r, c, b, from, t, m, strict) -> new NeedDetails(u, new SurfaceRange(r[0], r[1]), c, List.of(),
                        b, from, t, m, strict, strict, null));
    }

    @Provide
    Arbitrary<OfferDetails> offers() {
        Arbitrary<Set<Usage>> usages = Arbitraries.of(Usage.class).set().ofMinSize(1).ofMaxSize(6);
        Arbitrary<Integer> surface = Arbitraries.integers().between(1, 1200);
        Arbitrary<Commune> commune = Arbitraries.of(Premises.COMMUNES.all());
        Arbitrary<BigDecimal> rent = Arbitraries.integers().between(0, 400).map(BigDecimal::valueOf);
        Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 720)
                .map(days -> LocalDate.of(2026, 1, 1).plusDays(days));
        Arbitrary<Integer> temporaryMonths = Arbitraries.integers().between(1, 48).injectNull(0.5);
        Arbitrary<Integer> erp = Arbitraries.integers().between(1, 5).injectNull(0.4);
        return Combinators.combine(usages, surface, commune, rent, from, temporaryMonths, erp,
                        Arbitraries.of(true, false))
                .as((u, s, c, r, f, months, category, accessible) -> new OfferDetails(OwnerType.COMMUNE, "Ville",
                        "1 place de la Mairie", c, s, u, r, f, months == null ? null : f.plusMonths(months),
                        months == null ? Tenure.LONG_TERM : Tenure.TEMPORARY, category, accessible, null));
    }
}
