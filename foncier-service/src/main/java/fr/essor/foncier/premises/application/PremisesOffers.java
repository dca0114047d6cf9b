package fr.essor.foncier.premises.application;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.foncier.premises.domain.OfferPublished;
import fr.essor.foncier.premises.domain.PremisesOffer;

import java.util.List;
import java.util.Optional;

/** The premises offers. Adding an offer also hands its publication fact to the outbox, in the same write. */
public interface PremisesOffers {

    Optional<PremisesOffer> find(String offerId);

    /** Offers matching the filter, newest first. */
    List<PremisesOffer> search(PremisesFilter filter, int limit);

    /**
     * Offers located in the EPT in the window of an EPT feed (after its cursor, settled), in the order of their last change
     * (time, then id).
     */
    List<PremisesOffer> feed(String territoryCode, FeedWindow window);

    /** Available offers whose surface lies between the bounds: the candidates of a need. */
    List<PremisesOffer> availableBetween(int minSurface, int maxSurface);

    void add(PremisesOffer offer, OfferPublished published);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(PremisesOffer offer, long expectedVersion);
}
