package fr.essor.foncier.intermediation.application;

import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.foncier.premises.domain.OfferStatus;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;

import java.time.Clock;
import java.util.Optional;

/**
 * What a signed lease changes elsewhere: the need becomes satisfied and the offer let. Run from the lease-signed
 * fact, so a crash between writes is retried; setting a status it already has writes nothing (idempotent).
 */
public class LeaseFollowUp {

    private final Intermediations intermediations;
    private final PremisesNeeds needs;
    private final PremisesOffers offers;
    private final Clock clock;

    public LeaseFollowUp(Intermediations intermediations, PremisesNeeds needs, PremisesOffers offers, Clock clock) {
        this.intermediations = intermediations;
        this.needs = needs;
        this.offers = offers;
        this.clock = clock;
    }

    /** @return whether anything changed; false for an unknown lease or one already followed up */
    public boolean leaseSigned(String leaseId) {
        Optional<Intermediation> found = intermediations.findByLease(leaseId);
        if (found.isEmpty()) {
            return false;
        }
        Intermediation intermediation = found.get();
        String by = intermediation.updatedBy();
        boolean changed = false;
        Optional<PremisesNeed> need = needs.find(intermediation.premises().needId());
        if (need.isPresent() && need.get().change(need.get().details(), NeedStatus.SATISFIED, by, clock.instant())
                instanceof PremisesNeed.Changed c && c.changed()) {
            needs.save(c.need(), need.get().version());
            changed = true;
        }
        Optional<PremisesOffer> offer = offers.find(intermediation.premises().offerId());
        if (offer.isPresent() && offer.get().change(offer.get().details(), OfferStatus.LET, by, clock.instant())
                instanceof PremisesOffer.Changed c && c.changed()) {
            offers.save(c.offer(), offer.get().version());
            changed = true;
        }
        return changed;
    }
}
