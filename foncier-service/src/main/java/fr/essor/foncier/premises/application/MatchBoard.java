package fr.essor.foncier.premises.application;

import fr.essor.foncier.premises.domain.Assessment;
import fr.essor.foncier.premises.domain.Matchmaker;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;

import java.util.List;
import java.util.Optional;

/**
 * The best matches of a need among the offers, and of an offer among the needs. Matches are computed from the
 * current needs and offers each time they are read, so a need or an offer created or changed a moment ago is already
 * counted; nothing stored can go stale. (When matches become facts of their own — match-proposed, the cell's
 * suggestions on funding's laureates — a consumer of {@code essor.foncier.premises} and of funding's topic will
 * record them instead.)
 */
public class MatchBoard {

    private final PremisesNeeds needs;
    private final PremisesOffers offers;
    private final Matchmaker matchmaker;

    public MatchBoard(PremisesNeeds needs, PremisesOffers offers, Matchmaker matchmaker) {
        this.needs = needs;
        this.offers = offers;
        this.matchmaker = matchmaker;
    }

    public record NeedMatch(PremisesOffer offer, Assessment.Proposable assessment) {
    }

    public record OfferMatch(PremisesNeed need, Assessment.Proposable assessment) {
    }

    /** The need's best offers, or empty when there is no such need. */
    public Optional<List<NeedMatch>> forNeed(String needId, int limit) {
        return needs.find(needId).map(need -> offers.availableBetween(need.details().surface().min(),
                        need.details().surface().max()).stream()
                .flatMap(offer -> matchmaker.assess(need, offer) instanceof Assessment.Proposable proposable
                        ? java.util.stream.Stream.of(new NeedMatch(offer, proposable))
                        : java.util.stream.Stream.empty())
                .sorted(Matchmaker.bestFirst((NeedMatch m) -> m.assessment().score(), m -> m.offer().id()))
                .limit(limit)
                .toList());
    }

    /** The offer's best needs, or empty when there is no such offer. */
    public Optional<List<OfferMatch>> forOffer(String offerId, int limit) {
        return offers.find(offerId).map(offer -> needs.activeAccepting(offer.details().surface()).stream()
                .flatMap(need -> matchmaker.assess(need, offer) instanceof Assessment.Proposable proposable
                        ? java.util.stream.Stream.of(new OfferMatch(need, proposable))
                        : java.util.stream.Stream.empty())
                .sorted(Matchmaker.bestFirst((OfferMatch m) -> m.assessment().score(), m -> m.need().id()))
                .limit(limit)
                .toList());
    }
}
