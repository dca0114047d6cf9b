package fr.essor.foncier.ept.web;

import fr.essor.foncier.premises.application.EptOfferView;
import fr.essor.foncier.premises.application.EptNeedView;
import fr.essor.foncier.ept.application.TerritoryFeed;

import java.time.Instant;

/** The items of foncier's EPT feeds as the API shows them. */
final class EptFeedViews {

    private EptFeedViews() {
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
}
