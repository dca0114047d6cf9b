package fr.essor.foncier.intermediation.domain;

import fr.essor.kit.domain.Violation;
import fr.essor.foncier.premises.domain.Assessment;
import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The cell's follow-up of one need × offer match: proposed → contact → visits → negotiation → lease signed, or
 * closed with a reason at any stage before the lease. Partners of the cell may be assigned until then. Every step is
 * kept in the history with its author and time. Steps the stage does not allow are refused, never thrown.
 */
public record Intermediation(String id, Premises premises, int score, Stage stage, Set<Partner> partners,
                             List<Visit> visits, Lease lease, Closure closure, List<Step> history, long version,
                             Instant proposedAt, String proposedBy, Instant updatedAt, String updatedBy) {

    /** The longest note or visit feedback. */
    public static final int NOTE_MAX = 2000;
    /** The largest surface a lease takes, in m² (the offers' own ceiling). */
    public static final int MAX_SURFACE = 100_000;

    public Intermediation {
        partners = partners.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(partners));
        visits = List.copyOf(visits);
        history = List.copyOf(history);
    }

    public sealed interface Outcome permits Moved, Refused {
    }

    /** The intermediation after the step, with the facts it produced (often none). */
    public record Moved(Intermediation intermediation, List<IntermediationEvent> events) implements Outcome {
        public Moved {
            events = List.copyOf(events);
        }
    }

    public record Refused(List<Violation> refusals) implements Outcome {
        public Refused {
            refusals = List.copyOf(refusals);
        }

        Refused(Violation refusal) {
            this(List.of(refusal));
        }
    }

    /**
     * Proposes the offer for the need. A match the matchmaker excludes (outside the surface range or usages, a need
     * no longer searching, premises no longer available) is never proposed.
     */
    public static Outcome propose(String id, Premises premises, Assessment assessment, Set<Partner> partners,
                                  String note, String by, Instant at) {
        return propose(() -> id, premises, assessment, partners, note, by, at);
    }

    /** The same, the reference number drawn from {@code nextId} only for a proposal that stands. */
    public static Outcome propose(java.util.function.Supplier<String> nextId, Premises premises,
                                  Assessment assessment, Set<Partner> partners, String note, String by, Instant at) {
        if (assessment instanceof Assessment.Excluded excluded) {
            return new Refused(excluded.reasons().stream().map(r -> new Violation("step", "match.excluded", r.text()))
                    .toList());
        }
        if (tooLong(note)) {
            return new Refused(noteTooLong());
        }
        int score = ((Assessment.Proposable) assessment).score();
        String id = nextId.get();
        Intermediation proposed = new Intermediation(id, premises, score, Stage.PROPOSED, partners, List.of(), null,
                null, List.of(new Step("Mise en relation proposée", Stage.PROPOSED, clean(note), at, by)), 1, at, by,
                at, by);
        return new Moved(proposed, List.of(new MatchProposed(UUID.randomUUID().toString(), id, 1, premises, score,
                at, by)));
    }

    /** The organisation and the owner were put in touch. */
    public Outcome recordContact(String note, String by, Instant at) {
        if (stage != Stage.PROPOSED) {
            return notNow("contact", "La prise de contact suit la proposition de mise en relation");
        }
        if (tooLong(note)) {
            return new Refused(noteTooLong());
        }
        return moved(Stage.CONTACT, "Prise de contact", clean(note), visits, lease, closure, partners, by, at);
    }

    /** A visit took place; several may follow one another before the negotiation. */
    public Outcome recordVisit(LocalDate date, Set<Participant> participants, String feedback, String by,
                               Instant at) {
        if (stage != Stage.CONTACT && stage != Stage.VISITS) {
            return notNow("visit", "Une visite se note après la prise de contact et avant la négociation");
        }
        List<Violation> refusals = new ArrayList<>();
        if (date == null) {
            refusals.add(new Violation("date", "date.required", "Indiquez la date de la visite (jj/mm/aaaa)."));
        } else if (date.isAfter(at.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate())) {
            refusals.add(new Violation("date", "date.future",
                    "Une visite se note une fois faite : sa date ne peut pas être dans le futur."));
        }
        if (participants == null || participants.isEmpty()) {
            refusals.add(new Violation("participants", "participants.required",
                    "Cochez au moins un participant (la structure, le propriétaire, la cellule…)."));
        }
        if (tooLong(feedback)) {
            refusals.add(new Violation("feedback", "feedback.tooLong", "Le retour de visite dépasse "
                    + NOTE_MAX + " caractères."));
        }
        if (!refusals.isEmpty()) {
            return new Refused(refusals);
        }
        List<Visit> more = new ArrayList<>(visits);
        more.add(new Visit(date, participants, clean(feedback), at, by));
        return moved(Stage.VISITS, "Visite du " + FrenchFormat.date(date), clean(feedback), more, lease, closure,
                partners, by, at);
    }

    /** The parties negotiate the lease: only after at least one visit. */
    public Outcome startNegotiation(String note, String by, Instant at) {
        if (stage != Stage.VISITS) {
            return notNow("negotiation", "La négociation s'ouvre après au moins une visite");
        }
        if (tooLong(note)) {
            return new Refused(noteTooLong());
        }
        return moved(Stage.NEGOTIATION, "Négociation ouverte", clean(note), visits, lease, closure, partners, by, at);
    }

    /**
     * The lease is signed at the end of the negotiation: it satisfies the need and lets the offer.
     *
     * @param leaseNumbers draws the lease's number, only once the lease is valid
     * @param endDate      {@code null} for an open-ended lease; required for a temporary occupation
     */
    public Outcome signLease(Supplier<String> leaseNumbers, LocalDate startDate, LocalDate endDate, Integer surface,
                             BigDecimal annualRent, String by, Instant at) {
        if (stage != Stage.NEGOTIATION) {
            return notNow("lease", "Un bail se signe au terme de la négociation");
        }
        List<Violation> refusals = new ArrayList<>();
        if (startDate == null) {
            refusals.add(new Violation("startDate", "startDate.required",
                    "Indiquez la date de prise d'effet du bail (jj/mm/aaaa)."));
        }
        if (endDate == null && premises.temporary()) {
            refusals.add(new Violation("endDate", "endDate.required",
                    "Une convention d'occupation temporaire a une date de fin."));
        }
        if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
            refusals.add(new Violation("endDate", "endDate.beforeStart",
                    "La fin du bail doit suivre sa prise d'effet."));
        }
        if (surface == null) {
            refusals.add(new Violation("surface", "surface.required", "Indiquez la surface louée, en m² (au moins 1)."));
        } else if (surface < 1 || surface > MAX_SURFACE) {
            refusals.add(new Violation("surface", "surface.range", "La surface louée s'exprime en m², de 1 à "
                    + MAX_SURFACE + "."));
        } else if (surface > premises.offerSurface()) {
            refusals.add(new Violation("surface", "surface.aboveOffer", "La surface louée ne peut dépasser les "
                    + premises.offerSurface() + " m² de l'offre."));
        }
        if (annualRent == null) {
            refusals.add(new Violation("annualRent", "annualRent.required",
                    "Indiquez le loyer annuel hors charges, en euros (0 pour une mise à disposition gratuite)."));
        } else {
            fr.essor.kit.domain.InputBounds.amount("annualRent", annualRent).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            return new Refused(refusals);
        }
        String leaseId = leaseNumbers.get();
        Lease signed = new Lease(leaseId, startDate, endDate, surface, annualRent.setScale(2,
                java.math.RoundingMode.UNNECESSARY), premises.temporary());
        Moved moved = (Moved) moved(Stage.LEASE_SIGNED, "Bail " + leaseId + " signé", null, visits, signed, closure,
                partners, by, at);
        return new Moved(moved.intermediation(), List.of(new LeaseSigned(UUID.randomUUID().toString(), id, signed,
                premises, at, by)));
    }

    /** Ends the intermediation without a lease, at any stage before one is signed. */
    public Outcome close(ClosureReason reason, String note, String by, Instant at) {
        if (stage.isFinal()) {
            return notNow("close", "Cette mise en relation est déjà terminée");
        }
        if (reason == null) {
            return new Refused(new Violation("reason", "reason.required", "Choisissez la raison de la clôture."));
        }
        if (reason == ClosureReason.OTHER && (note == null || note.isBlank())) {
            return new Refused(new Violation("note", "note.required", "Précisez la raison de la clôture."));
        }
        if (tooLong(note)) {
            return new Refused(noteTooLong());
        }
        return moved(Stage.CLOSED, "Close : " + reason.label(), clean(note), visits, lease,
                new Closure(reason, clean(note)), partners, by, at);
    }

    /** Replaces the partners of the cell who follow this intermediation. */
    public Outcome assignPartners(Set<Partner> newPartners, String by, Instant at) {
        if (stage.isFinal()) {
            return notNow("partners", "Les partenaires se désignent tant que la mise en relation est en cours");
        }
        if (newPartners.equals(partners)) {
            return new Moved(this, List.of());
        }
        String names = newPartners.isEmpty() ? "aucun" : newPartners.stream().sorted().map(Partner::label)
                .collect(java.util.stream.Collectors.joining(", "));
        return moved(stage, "Partenaires : " + names, null, visits, lease, closure, newPartners, by, at);
    }

    /** The renewal review ends in a renewal: the lease runs until a later end date. No fact leaves: nobody moved. */
    public Outcome renewLease(LocalDate newEndDate, String note, String by, Instant at) {
        if (stage != Stage.LEASE_SIGNED) {
            return notNow("renewal", "Seul un bail signé et en cours se renouvelle");
        }
        LocalDate after = lease.endDate() != null ? lease.endDate() : lease.startDate();
        if (newEndDate == null) {
            return new Refused(new Violation("newEndDate", "newEndDate.required",
                    "Indiquez la nouvelle date de fin du bail (jj/mm/aaaa)."));
        }
        if (!newEndDate.isAfter(after)) {
            return new Refused(new Violation("newEndDate", "newEndDate.notLater",
                    "Le bail renouvelé doit s'achever après le " + FrenchFormat.date(after) + "."));
        }
        if (tooLong(note)) {
            return new Refused(noteTooLong());
        }
        return moved(stage, "Bail " + lease.id() + " renouvelé jusqu'au " + FrenchFormat.date(newEndDate),
                clean(note), visits, lease.renewedUntil(newEndDate), closure, partners, by, at);
    }

    /**
     * The lease ended, at its term or early (the renewal review may end so): the premises are free again.
     *
     * @param endedOn its last day: not before it took effect, not after its end date
     */
    public Outcome endLease(LocalDate endedOn, LeaseEndReason reason, String note, String by, Instant at) {
        if (stage != Stage.LEASE_SIGNED) {
            return notNow("end", "Seul un bail signé et en cours peut prendre fin");
        }
        List<Violation> refusals = new ArrayList<>();
        if (endedOn == null) {
            refusals.add(new Violation("endedOn", "endedOn.required",
                    "Indiquez le dernier jour du bail (jj/mm/aaaa)."));
        } else if (endedOn.isBefore(lease.startDate())) {
            refusals.add(new Violation("endedOn", "endedOn.beforeStart", "Le bail a pris effet le "
                    + FrenchFormat.date(lease.startDate()) + " : il ne peut s'achever avant."));
        } else if (lease.endDate() != null && endedOn.isAfter(lease.endDate())) {
            refusals.add(new Violation("endedOn", "endedOn.afterTerm", "Le bail s'achève le "
                    + FrenchFormat.date(lease.endDate()) + " : renouvelez-le pour le prolonger."));
        }
        if (reason == null) {
            refusals.add(new Violation("endReason", "endReason.required", "Choisissez la raison de la fin du bail."));
        } else if (reason == LeaseEndReason.TERM_NOT_RENEWED && endedOn != null
                && !endedOn.equals(lease.endDate())) {
            refusals.add(new Violation("endReason", "endReason.notAtTerm", lease.endDate() == null
                    ? "Ce bail n'a pas de date de fin : choisissez une autre raison."
                    : "Un bail arrivé à échéance s'achève le " + FrenchFormat.date(lease.endDate()) + "."));
        } else if (reason == LeaseEndReason.OTHER && (note == null || note.isBlank())) {
            refusals.add(new Violation("endNote", "endNote.required", "Précisez la raison de la fin du bail."));
        }
        if (tooLong(note)) {
            refusals.add(new Violation("endNote", "endNote.tooLong", "La note dépasse " + NOTE_MAX + " caractères."));
        }
        if (!refusals.isEmpty()) {
            return new Refused(refusals);
        }
        boolean atTerm = endedOn.equals(lease.endDate());
        Lease ended = lease.endedWith(new LeaseEnding(endedOn, atTerm, reason, clean(note), at, by));
        Moved moved = (Moved) moved(Stage.LEASE_ENDED, "Bail " + lease.id() + (atTerm ? " arrivé à échéance le "
                : " terminé par anticipation le ") + FrenchFormat.date(endedOn) + " : " + reason.label(), clean(note),
                visits, ended, closure, partners, by, at);
        return new Moved(moved.intermediation(), List.of(new LeaseEnded(UUID.randomUUID().toString(), id, ended,
                premises, at, by)));
    }

    /** The steps the current stage allows, for the pages and API clients. */
    public Set<String> allowedSteps() {
        return switch (stage) {
            case PROPOSED -> Set.of("contact", "close", "partners");
            case CONTACT -> Set.of("visit", "close", "partners");
            case VISITS -> Set.of("visit", "negotiation", "close", "partners");
            case NEGOTIATION -> Set.of("lease", "close", "partners");
            case LEASE_SIGNED -> Set.of("renewal", "end");
            case LEASE_ENDED, CLOSED -> Set.of();
        };
    }

    private Outcome moved(Stage next, String action, String note, List<Visit> newVisits, Lease newLease,
                          Closure newClosure, Set<Partner> newPartners, String by, Instant at) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(new Step(action, next, note, at, by));
        return new Moved(new Intermediation(id, premises, score, next, newPartners, newVisits, newLease, newClosure,
                steps, version + 1, proposedAt, proposedBy, at, by), List.of());
    }

    private Outcome notNow(String step, String why) {
        return new Refused(new Violation("step", "step." + step + ".notAllowed", why + " ; cette mise en relation est au stade « "
                + stage.label() + " »."));
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > NOTE_MAX;
    }

    private static Violation noteTooLong() {
        return new Violation("note", "note.tooLong", "La note dépasse " + NOTE_MAX + " caractères.");
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
