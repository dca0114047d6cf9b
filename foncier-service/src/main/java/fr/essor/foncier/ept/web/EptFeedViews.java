package fr.essor.foncier.ept.web;

import fr.essor.foncier.ept.application.TerritoryFeed;

import java.time.Instant;
import java.util.List;

/** The pages of the EPT feeds as the API shows them. */
final class EptFeedViews {

    private EptFeedViews() {
    }

    /** One page of needs or offers; ask {@code page + 1} with the same {@code since} while {@code hasMore}. */
    record PageView<T>(String territoryCode, List<T> items, int page, int size, boolean hasMore) {

        static <S, T> PageView<T> of(String territoryCode, TerritoryFeed.Page<S> page,
                                     java.util.function.Function<S, T> view) {
            return new PageView<>(territoryCode, page.items().stream().map(view).toList(), page.page(), page.size(),
                    page.hasMore());
        }
    }

    /**
     * A change: {@code kind} NEED or OFFER, {@code change} REGISTERED or PUBLISHED (first version) or CHANGED, the need or
     * offer as it now is.
     */
    record ChangeView(String kind, String change, String id, long version, String status, Instant changedAt,
                      Object item) {

        static ChangeView of(TerritoryFeed.Change change) {
            return switch (change) {
                case TerritoryFeed.NeedChange n -> new ChangeView("NEED", n.need().version() == 1 ? "REGISTERED"
                        : "CHANGED", n.id(), n.need().version(), n.need().status().name(), n.changedAt(),
                        EptNeedView.of(n.need()));
                case TerritoryFeed.OfferChange o -> new ChangeView("OFFER", o.offer().version() == 1 ? "PUBLISHED"
                        : "CHANGED", o.id(), o.offer().version(), o.offer().status().name(), o.changedAt(),
                        EptOfferView.of(o.offer()));
            };
        }
    }

    /** The changes after {@code since}; read the next ones with {@code since=next} (null when none was read). */
    record ChangesView(String territoryCode, List<ChangeView> changes, boolean hasMore, Instant next) {

        static ChangesView of(String territoryCode, TerritoryFeed.Page<TerritoryFeed.Change> page, Instant since) {
            List<ChangeView> changes = page.items().stream().map(ChangeView::of).toList();
            return new ChangesView(territoryCode, changes, page.hasMore(),
                    changes.isEmpty() ? since : changes.getLast().changedAt());
        }
    }
}
