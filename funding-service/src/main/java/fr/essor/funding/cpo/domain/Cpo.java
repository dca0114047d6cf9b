package fr.essor.funding.cpo.domain;

import fr.essor.funding.aaa.domain.Agent;
import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A multi-year objectives agreement (convention pluriannuelle d'objectifs, CPO) between the Département and one
 * organisation, kept by its lead directorate: its terms, its payment schedule, its signature, the annual reviews that
 * release the next year's tranche, and the payments made. A payment never exceeds what its instalment has left and
 * waits for what releases it; an unfavourable review suspends the following tranches.
 */
public final class Cpo {

    /** The longest comment of an annual review. */
    public static final int MAX_COMMENT = 2000;
    /** The highest instalment number a request may name (a schedule has far fewer). */
    public static final int MAX_INSTALMENT = 99;


    private final String id;
    private final CpoTerms terms;
    private final CpoSchedule schedule;
    private final LocalDate signedOn;
    private final List<AnnualReview> reviews;
    private final List<CpoPayment> payments;
    private final long version;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public Cpo(String id, CpoTerms terms, CpoSchedule schedule, LocalDate signedOn, List<AnnualReview> reviews,
               List<CpoPayment> payments, long version, Instant createdAt, String createdBy, Instant updatedAt,
               String updatedBy) {
        this.id = id;
        this.terms = terms;
        this.schedule = schedule;
        this.signedOn = signedOn;
        this.reviews = List.copyOf(reviews);
        this.payments = List.copyOf(payments);
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /** Draws up a CPO from its terms, with the standard schedule; refused when the terms break a rule. */
    public static CpoOutcome draw(String id, CpoTerms terms, LocalDate today, Agent agent, Instant at) {
        return draw(() -> id, terms, today, agent, at);
    }

    /** As {@link #draw(String, CpoTerms, LocalDate, Agent, Instant)}, taking a new id only for terms it accepts. */
    public static CpoOutcome draw(Supplier<String> nextId, CpoTerms terms, LocalDate today, Agent agent,
                                  Instant at) {
        if (terms.leadDirectorate() != null && !mayKeep(agent, terms)) {
            return forbidden();
        }
        List<Violation> violations = terms.check(today);
        if (!violations.isEmpty()) {
            return new CpoOutcome.Invalid(violations);
        }
        return new CpoOutcome.Changed(new Cpo(nextId.get(), terms, CpoSchedule.standard(terms.years()), null, List.of(),
                List.of(), 1, at, agent.username(), at, agent.username()), List.of());
    }

    /** The lead directorate's agents, the DMTA and administrators keep a CPO. */
    public static boolean mayKeep(Agent agent, CpoTerms terms) {
        return agent.pilot() || agent.directorates().contains(terms.leadDirectorate());
    }

    /** Records the signature by both parties; publishes it. */
    public CpoOutcome sign(LocalDate on, LocalDate today, Agent agent, Instant at) {
        if (!mayKeep(agent, terms)) {
            return forbidden();
        }
        if (signedOn != null) {
            return new CpoOutcome.NotAllowedNow("agreement.alreadySigned", "La convention est signée depuis le "
                    + french(signedOn) + ".");
        }
        if (on == null || on.isBefore(terms.decidedOn()) || on.isAfter(today)) {
            return new CpoOutcome.Invalid(List.of(new Violation("signedOn", "signedOn.range",
                    "Indiquez une date de signature entre la délibération (" + french(terms.decidedOn())
                            + ") et aujourd'hui.")));
        }
        Cpo signed = copy(on, reviews, payments, agent, at);
        return new CpoOutcome.Changed(signed, List.of(new CpoEvent.Signed(UUID.randomUUID().toString(), signed, at,
                agent.username())));
    }

    /** Records the annual review of the next year not reviewed yet (years are reviewed in order). */
    public CpoOutcome review(int year, LocalDate on, boolean favourable, String comment, LocalDate today,
                             Agent agent, Instant at) {
        if (!mayKeep(agent, terms)) {
            return forbidden();
        }
        if (signedOn == null) {
            return notSigned();
        }
        if (suspended()) {
            return new CpoOutcome.NotAllowedNow("cpo.suspended", "Un bilan défavorable a suspendu la convention.");
        }
        Optional<Integer> expected = nextYearToReview();
        if (expected.isEmpty()) {
            return new CpoOutcome.NotAllowedNow("review.done", "Toutes les années de la convention sont évaluées.");
        }
        List<Violation> violations = new ArrayList<>();
        Optional<Violation> yearOutOfBounds = InputBounds.whole("year", (long) year,
                InputBounds.EARLIEST_DATE.getYear(), InputBounds.LATEST_DATE.getYear());
        if (yearOutOfBounds.isPresent()) {
            violations.add(yearOutOfBounds.get());
        } else if (year != expected.get()) {
            violations.add(new Violation("year", "year.order", "L'année à évaluer est " + expected.get() + "."));
        }
        if (on == null || on.isBefore(signedOn) || on.isAfter(today)) {
            violations.add(new Violation("reviewedOn", "reviewedOn.range", "Indiquez une date de bilan entre la "
                    + "signature (" + french(signedOn) + ") et aujourd'hui."));
        }
        String note = comment == null ? "" : comment.strip();
        InputBounds.text("comment", note, MAX_COMMENT).ifPresent(violations::add);
        if (!favourable && note.isEmpty()) {
            violations.add(new Violation("comment", "comment.required",
                    "Justifiez un bilan défavorable : il suspend les versements suivants."));
        }
        if (!violations.isEmpty()) {
            return new CpoOutcome.Invalid(violations);
        }
        List<AnnualReview> next = new ArrayList<>(reviews);
        next.add(new AnnualReview(year, on, favourable, note, agent.username(), at));
        return new CpoOutcome.Changed(copy(signedOn, next, payments, agent, at), List.of());
    }

    /** Records a payment on a released instalment; publishes it. */
    public CpoOutcome pay(int instalment, BigDecimal paid, LocalDate on, LocalDate today, Agent agent, Instant at) {
        if (!mayKeep(agent, terms)) {
            return forbidden();
        }
        if (signedOn == null) {
            return notSigned();
        }
        Optional<CpoInstalment> planned = schedule.instalments().stream().filter(i -> i.number() == instalment)
                .findFirst();
        if (planned.isEmpty()) {
            return new CpoOutcome.Invalid(List.of(new Violation("instalment", "instalment.unknown",
                    "Échéance inconnue : « " + instalment + " ».")));
        }
        CpoInstalment i = planned.get();
        if (!released(i)) {
            return new CpoOutcome.NotAllowedNow("instalment.notReleased", "L'échéance " + i.number() + " ("
                    + i.label() + ") est versée " + i.condition() + " : ce n'est pas le cas.");
        }
        BigDecimal left = leftOn(i.number());
        if (left.signum() == 0) {
            return new CpoOutcome.NotAllowedNow("instalment.paid", "L'échéance " + i.number() + " est déjà versée.");
        }
        List<Violation> violations = new ArrayList<>();
        Optional<Violation> paidOutOfBounds = InputBounds.positiveAmount("amount", paid);
        if (paid == null) {
            violations.add(new Violation("amount", "amount.required",
                    "Indiquez le montant versé, en euros (deux décimales au plus)."));
        } else if (paidOutOfBounds.isPresent()) {
            violations.add(paidOutOfBounds.get());
        } else if (paid.compareTo(left) > 0) {
            violations.add(new Violation("amount", "amount.aboveInstalment", "Il reste " + left.toPlainString()
                    + " € à verser sur cette échéance."));
        }
        if (on == null || on.isBefore(signedOn) || on.isAfter(today)) {
            violations.add(new Violation("paidOn", "paidOn.range", "Indiquez une date de versement entre la "
                    + "signature (" + french(signedOn) + ") et aujourd'hui."));
        }
        if (!violations.isEmpty()) {
            return new CpoOutcome.Invalid(violations);
        }
        CpoPayment payment = new CpoPayment(payments.size() + 1, i.number(), paid.setScale(2, RoundingMode.UNNECESSARY),
                on, agent.username(), at);
        List<CpoPayment> next = new ArrayList<>(payments);
        next.add(payment);
        Cpo changed = copy(signedOn, reviews, next, agent, at);
        return new CpoOutcome.Changed(changed, List.of(new CpoEvent.PaymentMade(UUID.randomUUID().toString(),
                changed, payment, at, agent.username())));
    }

    /** Whether what releases the instalment has happened: the signature, or the favourable review it waits for. */
    public boolean released(CpoInstalment instalment) {
        if (signedOn == null) {
            return false;
        }
        if (instalment.advance() && instalment.year() == terms.fromYear()) {
            return true;
        }
        int reviewed = instalment.advance() ? instalment.year() - 1 : instalment.year();
        return reviews.stream().anyMatch(r -> r.year() == reviewed && r.favourable());
    }

    public BigDecimal leftOn(int instalment) {
        BigDecimal planned = schedule.instalments().stream().filter(i -> i.number() == instalment)
                .map(CpoInstalment::amount).findFirst().orElse(BigDecimal.ZERO);
        return planned.subtract(payments.stream().filter(p -> p.instalment() == instalment)
                .map(CpoPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public Optional<CpoInstalment> instalment(int number) {
        return schedule.instalments().stream().filter(i -> i.number() == number).findFirst();
    }

    public BigDecimal totalPaid() {
        return payments.stream().map(CpoPayment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal remaining() {
        return terms.total().subtract(totalPaid());
    }

    public boolean suspended() {
        return reviews.stream().anyMatch(r -> !r.favourable());
    }

    public CpoStatus status() {
        if (signedOn == null) {
            return CpoStatus.TO_SIGN;
        }
        if (remaining().signum() == 0) {
            return CpoStatus.SETTLED;
        }
        return suspended() ? CpoStatus.SUSPENDED : CpoStatus.RUNNING;
    }

    /** The next year whose review is due, if any is left. */
    public Optional<Integer> nextYearToReview() {
        int last = reviews.stream().map(AnnualReview::year).max(Comparator.naturalOrder())
                .orElse(terms.fromYear() - 1);
        return last >= terms.toYear() ? Optional.empty() : Optional.of(last + 1);
    }

    private Cpo copy(LocalDate signed, List<AnnualReview> reviewed, List<CpoPayment> paid, Agent agent, Instant at) {
        return new Cpo(id, terms, schedule, signed, reviewed, paid, version + 1, createdAt, createdBy, at,
                agent.username());
    }

    private static CpoOutcome forbidden() {
        return new CpoOutcome.Forbidden("Seules la direction pilote de la convention, la DMTA et l'administration "
                + "tiennent les conventions pluriannuelles.");
    }

    private static CpoOutcome notSigned() {
        return new CpoOutcome.NotAllowedNow("agreement.notSigned", "La convention n'est pas encore signée.");
    }

    private static String french(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    public String id() {
        return id;
    }

    public CpoTerms terms() {
        return terms;
    }

    public CpoSchedule schedule() {
        return schedule;
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public List<AnnualReview> reviews() {
        return reviews;
    }

    public List<CpoPayment> payments() {
        return payments;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
