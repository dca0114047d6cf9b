package fr.essor.foncier.intermediation.application;

import fr.essor.foncier.intermediation.domain.ClosureReason;
import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.LeaseEndReason;
import fr.essor.foncier.intermediation.domain.Participant;
import fr.essor.foncier.intermediation.domain.Partner;
import fr.essor.foncier.intermediation.domain.Premises;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.application.ReferenceNumbers;
import fr.essor.foncier.premises.domain.Matchmaker;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.foncier.premises.domain.PremisesOffer;
import fr.essor.foncier.premises.domain.Tenure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The cell's use cases on an intermediation, one method per step: each loads the intermediation, asks it for the
 * step, and saves it once with the facts it produced.
 */
public class IntermediationDesk {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Intermediations intermediations;
    private final PremisesNeeds needs;
    private final PremisesOffers offers;
    private final ReferenceNumbers references;
    private final Matchmaker matchmaker;
    private final Clock clock;

    public IntermediationDesk(Intermediations intermediations, PremisesNeeds needs, PremisesOffers offers,
                              ReferenceNumbers references, Matchmaker matchmaker, Clock clock) {
        this.intermediations = intermediations;
        this.needs = needs;
        this.offers = offers;
        this.references = references;
        this.matchmaker = matchmaker;
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, Unknown {
    }

    public record Done(Intermediation intermediation) implements Outcome {
    }

    public record Rejected(List<Violation> refusals) implements Outcome {
    }

    /** No such intermediation (or, for a proposal, no such need or offer). */
    public record Unknown(String what) implements Outcome {
    }

    /** Proposes an offer for a need, unless the matchmaker excludes the pair or they are already followed. */
    public Outcome propose(String needId, String offerId, Set<Partner> partners, String note, String agent) {
        Optional<PremisesNeed> need = needs.find(needId);
        Optional<PremisesOffer> offer = offers.find(offerId);
        if (need.isEmpty() || offer.isEmpty()) {
            // ids the body names, not the resource addressed: a field refused, not a 404
            List<Violation> unknown = new java.util.ArrayList<>();
            if (need.isEmpty()) {
                unknown.add(new Violation("needId", "needId.unknown", "Aucun besoin de locaux sous cette référence."));
            }
            if (offer.isEmpty()) {
                unknown.add(new Violation("offerId", "offerId.unknown", "Aucune offre de locaux sous cette référence."));
            }
            return new Rejected(unknown);
        }
        boolean followed = intermediations.ofNeed(needId).stream()
                .anyMatch(i -> i.premises().offerId().equals(offerId) && !i.stage().isFinal());
        if (followed) {
            // a conflict with what is already followed (409), not a bad field
            return new Rejected(List.of(new Violation("step", "match.alreadyFollowed",
                    "Cette offre est déjà proposée pour ce besoin : suivez la mise en relation en cours.")));
        }
        Instant now = clock.instant();
        // the number is drawn only for a proposal the domain accepts: a refused one leaves the counter as it was
        return switch (Intermediation.propose(() -> nextId("MER", now), premises(need.get(), offer.get()),
                matchmaker.assess(need.get(), offer.get()), partners, note, agent, now)) {
            case Intermediation.Refused refused -> new Rejected(refused.refusals());
            case Intermediation.Moved moved -> {
                intermediations.add(moved.intermediation(), moved.events());
                yield new Done(moved.intermediation());
            }
        };
    }

    public Outcome recordContact(String id, String note, String agent) {
        return step(id, i -> i.recordContact(note, agent, clock.instant()));
    }

    public Outcome recordVisit(String id, LocalDate date, Set<Participant> participants, String feedback,
                               String agent) {
        return step(id, i -> i.recordVisit(date, participants, feedback, agent, clock.instant()));
    }

    public Outcome startNegotiation(String id, String note, String agent) {
        return step(id, i -> i.startNegotiation(note, agent, clock.instant()));
    }

    /** Signs the lease; its number ({@code BAIL-2026-0009}) is only drawn when the lease is valid. */
    public Outcome signLease(String id, LocalDate startDate, LocalDate endDate, Integer surface,
                             BigDecimal annualRent, String agent) {
        return step(id, i -> {
            Instant now = clock.instant();
            return i.signLease(() -> nextId("BAIL", now), startDate, endDate, surface, annualRent, agent, now);
        });
    }

    public Outcome close(String id, ClosureReason reason, String note, String agent) {
        return step(id, i -> i.close(reason, note, agent, clock.instant()));
    }

    /** The renewal review ends in a renewal: the lease runs until {@code newEndDate}. */
    public Outcome renewLease(String id, LocalDate newEndDate, String note, String agent) {
        return step(id, i -> i.renewLease(newEndDate, note, agent, clock.instant()));
    }

    /** The lease ended (at its term or early); publishes lease-ended and frees the offer. */
    public Outcome endLease(String id, LocalDate endedOn, LeaseEndReason reason, String note, String agent) {
        return step(id, i -> i.endLease(endedOn, reason, note, agent, clock.instant()));
    }

    public Outcome assignPartners(String id, Set<Partner> partners, String agent) {
        return step(id, i -> i.assignPartners(partners, agent, clock.instant()));
    }

    private Outcome step(String id, Function<Intermediation, Intermediation.Outcome> step) {
        Optional<Intermediation> found = intermediations.find(id);
        if (found.isEmpty()) {
            return new Unknown(id);
        }
        Intermediation current = found.get();
        return switch (step.apply(current)) {
            case Intermediation.Refused refused -> new Rejected(refused.refusals());
            case Intermediation.Moved moved -> {
                if (moved.intermediation() != current) {
                    intermediations.save(moved.intermediation(), current.version(), moved.events());
                }
                yield new Done(moved.intermediation());
            }
        };
    }

    private String nextId(String prefix, Instant now) {
        String series = prefix + "-" + now.atZone(PARIS).getYear();
        return series + "-" + String.format("%04d", references.next(series));
    }

    private static Premises premises(PremisesNeed need, PremisesOffer offer) {
        var o = offer.details();
        return new Premises(need.id(), need.organisation().id(), need.organisation().name(), offer.id(), o.address(),
                o.commune().inseeCode(), o.commune().name(), o.commune().territory().code(), o.surface(),
                o.tenure() == Tenure.TEMPORARY);
    }
}
