package fr.essor.foncier.intermediation.application;

import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.Stage;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.domain.NeedStatus;
import fr.essor.foncier.premises.domain.OfferStatus;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;

import java.time.Clock;
import java.util.Optional;

/**
 * What a signed lease changes elsewhere: the need becomes satisfied and the offer let; what an ended lease changes:
 * the offer is available again. Run from the lease facts, so a crash between writes is retried; setting a status it
 * already has writes nothing (idempotent), and a replayed fact never undoes a later one.
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
        // read after the lease already ended (a replay, or a lease ended before this fact was read): the need was met
        // by it all the same, but the offer, available again, must not be let again
        boolean ended = intermediation.stage() == Stage.LEASE_ENDED;
        String by = intermediation.updatedBy();
        boolean changed = false;
        Optional<PremisesNeed> need = needs.find(intermediation.premises().needId());
        if (need.isPresent() && need.get().change(need.get().details(), NeedStatus.SATISFIED, by, clock.instant())
                instanceof PremisesNeed.Changed c && c.changed()) {
            needs.save(c.need(), need.get().version());
            changed = true;
        }
        Optional<PremisesOffer> offer = ended ? Optional.empty() : offers.find(intermediation.premises().offerId());
        if (offer.isPresent() && offer.get().change(offer.get().details(), OfferStatus.LET, by, clock.instant())
                instanceof PremisesOffer.Changed c && c.changed()) {
            offers.save(c.offer(), offer.get().version());
            changed = true;
        }
        return changed;
    }

    /** @return whether the offer became available again; false when unknown, already done, or let anew since */
    public boolean leaseEnded(String leaseId) {
        Optional<Intermediation> found = intermediations.findByLease(leaseId);
        if (found.isEmpty() || found.get().stage() != Stage.LEASE_ENDED) {
            return false;
        }
        String offerId = found.get().premises().offerId();
        boolean letAnew = intermediations.ofOffer(offerId).stream().anyMatch(i -> i.stage() == Stage.LEASE_SIGNED);
        Optional<PremisesOffer> offer = offers.find(offerId);
        if (letAnew || offer.isEmpty() || offer.get().status() != OfferStatus.LET) {
            return false;
        }
        if (offer.get().change(offer.get().details(), OfferStatus.AVAILABLE, found.get().updatedBy(),
                clock.instant()) instanceof PremisesOffer.Changed c && c.changed()) {
            offers.save(c.offer(), offer.get().version());
            return true;
        }
        return false;
    }
}
