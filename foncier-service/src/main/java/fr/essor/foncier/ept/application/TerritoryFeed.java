package fr.essor.foncier.ept.application;

import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an EPT's systems read of foncier: the needs and offers of its territory, page by page, and the changes to them
 * in the order they happened. A change is the latest state of a need or offer: two changes between two reads are
 * read as one.
 */
public class TerritoryFeed {

    private final PremisesNeeds needs;
    private final PremisesOffers offers;

    public TerritoryFeed(PremisesNeeds needs, PremisesOffers offers) {
        this.needs = needs;
        this.offers = offers;
    }

    /** One page of a list, and whether another follows. */
    public record Page<T>(List<T> items, int page, int size, boolean hasMore) {
    }

    /** A need or an offer as it is after its latest change. */
    public sealed interface Change permits NeedChange, OfferChange {

        Instant changedAt();

        String id();
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

    public Page<PremisesNeed> needs(String territoryCode, Instant since, int page, int size) {
        List<PremisesNeed> found = needs.changedSince(territoryCode, since, page * size, size + 1);
        return new Page<>(found.stream().limit(size).toList(), page, size, found.size() > size);
    }

    public Page<PremisesOffer> offers(String territoryCode, Instant since, int page, int size) {
        List<PremisesOffer> found = offers.changedSince(territoryCode, since, page * size, size + 1);
        return new Page<>(found.stream().limit(size).toList(), page, size, found.size() > size);
    }

    /**
     * The changes after {@code since}, oldest first: {@code limit} of them when there are more, plus any others of
     * the same instant as the last one, so that reading again after the last instant never skips a change.
     */
    public Page<Change> changes(String territoryCode, Instant since, int limit) {
        int window = limit + 1;
        while (true) {
            List<PremisesNeed> someNeeds = needs.changedSince(territoryCode, since, 0, window);
            List<PremisesOffer> someOffers = offers.changedSince(territoryCode, since, 0, window);
            List<Change> merged = new ArrayList<>();
            someNeeds.forEach(n -> merged.add(new NeedChange(n)));
            someOffers.forEach(o -> merged.add(new OfferChange(o)));
            merged.sort(Comparator.comparing(Change::changedAt).thenComparing(Change::id));
            if (merged.size() <= limit) {
                return new Page<>(merged, 0, limit, false);
            }
            Instant last = merged.get(limit - 1).changedAt();
            if (complete(someNeeds.stream().map(PremisesNeed::updatedAt).toList(), window, last)
                    && complete(someOffers.stream().map(PremisesOffer::updatedAt).toList(), window, last)) {
                List<Change> read = merged.stream().filter(c -> !c.changedAt().isAfter(last)).toList();
                return new Page<>(read, 0, limit, read.size() < merged.size());
            }
            window *= 2;
        }
    }

    /** Whether a source read up to {@code window} items holds every item changed at or before {@code last}. */
    private static boolean complete(List<Instant> read, int window, Instant last) {
        return read.size() < window || read.getLast().isAfter(last);
    }
}
