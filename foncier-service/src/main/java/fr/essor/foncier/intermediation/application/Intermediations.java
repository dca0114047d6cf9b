package fr.essor.foncier.intermediation.application;

import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.IntermediationEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The intermediations. Each write hands the facts it produced to the outbox, in the same document write. */
public interface Intermediations {

    Optional<Intermediation> find(String id);

    Optional<Intermediation> findByLease(String leaseId);

    /** The intermediations of a need or of an offer, newest first. */
    List<Intermediation> ofNeed(String needId);

    List<Intermediation> ofOffer(String offerId);

    /** Every intermediation, newest first, limited. */
    List<Intermediation> latest(int limit);

    /** Signed leases whose end date lies between the two days, soonest first. */
    List<Intermediation> leasesEndingBetween(LocalDate from, LocalDate to);

    void add(Intermediation intermediation, List<IntermediationEvent> events);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Intermediation intermediation, long expectedVersion, List<IntermediationEvent> events);
}
