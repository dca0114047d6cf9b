package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;

/**
 * What the signed-in reader may see on the pages: everything, except for an EPT account, which sees the needs that
 * concern its territory (or the whole département) and the offers located in it, without the cell's notes.
 *
 * @param territory the EPT code of an EPT account, {@code null} for everybody else
 */
record PremisesVisibility(String territory) {

    boolean internal() {
        return territory == null;
    }

    boolean sees(PremisesNeed need) {
        return territory == null || need.details().anywhere()
                || need.details().concernedTerritoryCodes().contains(territory);
    }

    boolean sees(PremisesOffer offer) {
        return territory == null || offer.details().commune().territory().code().equals(territory);
    }
}
