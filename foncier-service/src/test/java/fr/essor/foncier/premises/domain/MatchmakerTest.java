package fr.essor.foncier.premises.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fr.essor.foncier.premises.domain.Premises.needDetails;
import static fr.essor.foncier.premises.domain.Premises.offerDetails;
import static org.assertj.core.api.Assertions.assertThat;

/** The reasons the cell reads next to each score. */
class MatchmakerTest {

    private final Matchmaker matchmaker = new Matchmaker();

    @Test
    void aWellFittingOfferScoresHighAndSaysWhy() {
        Assessment.Proposable match = proposable(needDetails(), offerDetails());

        assertThat(match.score()).isEqualTo(25 + 35 + 14 + 20);
        assertThat(texts(match)).containsExactly(
                "Surface de 150 m² dans la fourchette demandée (100 à 200 m²).",
                "Usages demandés autorisés : atelier / production, stockage.",
                "Dans une commune demandée : Montreuil.",
                "Loyer de 80,00 €/m²/an dans le budget (100,00 €/m²/an au plus).",
                "Disponible dès le 01/07/2026, pour un besoin au 01/09/2026.",
                "Bail durable.");
    }

    @Test
    void anOfferTooSmallIsExcludedWithItsSurfaceAndTheRange() {
        Assessment assessment = assess(needDetails(), Premises.withSurface(offerDetails(), 99));

        assertThat(assessment).isInstanceOf(Assessment.Excluded.class);
        assertThat(texts(assessment)).containsExactly("Surface de 99 m² hors de la fourchette demandée (100 à 200 m²).");
    }

    @Test
    void anOfferThatForbidsAUsageAskedForIsExcludedNamingTheUsage() {
        Assessment assessment = assess(needDetails(), Premises.withUsages(offerDetails(), Set.of(Usage.WORKSHOP)));

        assertThat(assessment).isInstanceOf(Assessment.Excluded.class);
        assertThat(texts(assessment)).containsExactly("Usage non autorisé par le propriétaire : stockage.");
    }

    @Test
    void aNeedThatIsNoLongerSearchingGetsNoMatch() {
        PremisesNeed need = Premises.need(needDetails());
        PremisesNeed satisfied = ((PremisesNeed.Changed) need.change(need.details(), NeedStatus.SATISFIED, "sens",
                Premises.NOW)).need();

        Assessment assessment = matchmaker.assess(satisfied, Premises.offer(offerDetails()));

        assertThat(texts(assessment)).containsExactly("Besoin « Satisfait » : plus de recherche en cours.");
    }

    @Test
    void theLocationReasonSaysWhetherTheTerritoryIsTheOneWantedANeighbourOrFar() {
        assertThat(locationOf(Premises.BONDY)).isEqualTo("À Bondy, dans un territoire demandé : Est Ensemble.");
        assertThat(locationOf(Premises.DRANCY))
                .isEqualTo("À Drancy (Paris Terres d'Envol), territoire voisin de ceux demandés.");
        assertThat(locationOf(Premises.SAINT_DENIS)).isEqualTo("À Saint-Denis (Plaine Commune), territoire voisin de ceux demandés.");
        NeedDetails inGrandEst = Premises.withPlaces(needDetails(), List.of(Premises.NOISY_LE_GRAND), List.of());
        assertThat(reason(proposable(inGrandEst, Premises.at(offerDetails(), Premises.SAINT_DENIS)), Criterion.LOCATION))
                .isEqualTo("À Saint-Denis (Plaine Commune), loin des lieux demandés.");
    }

    @Test
    void aRentAboveBudgetSaysByHowMuch() {
        Assessment.Proposable match = proposable(needDetails(), Premises.withRent(offerDetails(), new BigDecimal("125")));

        assertThat(reason(match, Criterion.RENT))
                .isEqualTo("Loyer de 125,00 €/m²/an, 25 % au-dessus du budget (100,00 €/m²/an).");
        assertThat(match.reasons()).filteredOn(r -> r.criterion() == Criterion.RENT)
                .extracting(MatchReason::verdict).containsExactly(MatchReason.Verdict.UNFAVOURABLE);
    }

    @Test
    void aTemporaryOccupationTooShortSaysHowManyMonthsItOffers() {
        NeedDetails need = Premises.withTenure(needDetails(), Tenure.TEMPORARY, 24);
        OfferDetails offer = Premises.temporaryUntil(offerDetails(), LocalDate.of(2027, 8, 31));

        assertThat(durationOf(proposable(need, offer)))
                .isEqualTo("Occupation temporaire de 12 mois seulement (jusqu'au 31/08/2027), pour 24 mois demandés.");
    }

    @Test
    void aTemporaryOccupationForALongTermNeedIsFlagged() {
        NeedDetails need = Premises.withTenure(needDetails(), Tenure.LONG_TERM, null);
        OfferDetails offer = Premises.temporaryUntil(offerDetails(), LocalDate.of(2028, 8, 31));

        assertThat(durationOf(proposable(need, offer)))
                .isEqualTo("Occupation temporaire, alors qu'un bail durable est recherché.");
    }

    @Test
    void missingAccessibilityAndErpAreUnfavourableAndCostPoints() {
        NeedDetails strict = Premises.requiring(needDetails(), true, true);
        OfferDetails plain = Premises.withAccess(offerDetails(), false, null);

        Assessment.Proposable compliant = proposable(strict, offerDetails());
        Assessment.Proposable lacking = proposable(strict, plain);

        assertThat(compliant.score() - lacking.score()).isEqualTo(25);
        assertThat(lacking.reasons()).filteredOn(r -> r.criterion() == Criterion.ACCESS).extracting(MatchReason::text)
                .containsExactly("Locaux non accessibles aux personnes à mobilité réduite, alors que c'est requis.",
                        "Locaux non classés ERP, alors que la structure reçoit du public.");
    }

    @Test
    void aLateAvailabilitySaysHowManyDaysLate() {
        OfferDetails late = Premises.availableFrom(offerDetails(), LocalDate.of(2026, 10, 1));

        assertThat(proposable(needDetails(), late).reasons()).extracting(MatchReason::text)
                .contains("Disponible le 01/10/2026, 30 jours après la date souhaitée (01/09/2026).");
    }

    private String locationOf(fr.essor.kit.reference.Commune commune) {
        return reason(proposable(needDetails(), Premises.at(offerDetails(), commune)), Criterion.LOCATION);
    }

    private static String durationOf(Assessment.Proposable match) {
        return match.reasons().stream().filter(r -> r.criterion() == Criterion.DATES).toList().get(1).text();
    }

    private static String reason(Assessment match, Criterion criterion) {
        return match.reasons().stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow().text();
    }

    private Assessment assess(NeedDetails need, OfferDetails offer) {
        return matchmaker.assess(Premises.need(need), Premises.offer(offer));
    }

    private Assessment.Proposable proposable(NeedDetails need, OfferDetails offer) {
        return (Assessment.Proposable) assess(need, offer);
    }

    private static List<String> texts(Assessment assessment) {
        return assessment.reasons().stream().map(MatchReason::text).toList();
    }
}
