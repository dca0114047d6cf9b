package fr.essor.foncier.ept.application;

import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.kit.ept.FeedCursor;
import fr.essor.kit.ept.FeedWindow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an EPT's systems read of foncier: the needs and offers of its territory in the order of their last change,
 * and both merged into one feed of changes. An item is the latest state of a need or offer: two changes between two
 * reads are read as one, a change after a read brings the item again further on.
 */
public class TerritoryFeed {

    private final PremisesNeeds needs;
    private final PremisesOffers offers;

    public TerritoryFeed(PremisesNeeds needs, PremisesOffers offers) {
        this.needs = needs;
        this.offers = offers;
    }

    /** A need or an offer as it is after its latest change. */
    public sealed interface Change permits NeedChange, OfferChange {

        Instant changedAt();

        String id();

        default FeedCursor cursor() {
            return new FeedCursor(changedAt(), id());
        }
    }

    public record NeedChange(PremisesNeed need) implements Change {

        @Override
        public Instant changedAt() {
            return need.updatedAt();
        }

        @Override
        public String id() {
            return need.id();
        }
    }

    public record OfferChange(PremisesOffer offer) implements Change {

        @Override
        public Instant changedAt() {
            return offer.updatedAt();
        }

        @Override
        public String id() {
            return offer.id();
        }
    }

    public List<PremisesNeed> needs(String territoryCode, FeedWindow window) {
        return needs.feed(territoryCode, window);
    }

    public List<PremisesOffer> offers(String territoryCode, FeedWindow window) {
        return offers.feed(territoryCode, window);
    }

    /**
     * The changes of both in the window: each source gives its first {@code limit} after the cursor, so the first
     * {@code limit} of their merge in key order are the first of the whole feed.
     */
    public List<Change> changes(String territoryCode, FeedWindow window) {
        List<Change> merged = new ArrayList<>();
        needs.feed(territoryCode, window).forEach(n -> merged.add(new NeedChange(n)));
        offers.feed(territoryCode, window).forEach(o -> merged.add(new OfferChange(o)));
        merged.sort(Comparator.comparing(Change::cursor));
        return merged.stream().limit(window.limit()).toList();
    }
}
