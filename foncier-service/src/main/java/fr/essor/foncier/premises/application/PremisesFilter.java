package fr.essor.foncier.premises.application;

/**
 * What the lists of needs and offers are filtered on; {@code null} means any.
 *
 * @param territoryCode the EPT (T6…T9): for an offer, where it is; for a need, the EPTs it concerns
 * @param status        a {@code NeedStatus} or {@code OfferStatus} name
 */
public record PremisesFilter(String territoryCode, String status) {

    public static PremisesFilter none() {
        return new PremisesFilter(null, null);
    }

    /** An EPT account only ever sees its own territory, whatever it asked for. */
    public PremisesFilter within(String actorTerritory) {
        return actorTerritory == null ? this : new PremisesFilter(actorTerritory, status);
    }
}
