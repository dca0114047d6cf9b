package fr.essor.funding.grants.domain;

import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationDetails;
import fr.essor.funding.aaa.domain.Decision;
import fr.essor.funding.aaa.domain.GrantNature;
import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The file of a grant voted on an application (same id): the agreement (convention) drawn up from the decision and
 * its payment schedule, the signature, the reports received and the payments made. A payment is released by its
 * trigger (signature, annual report, final report) and never exceeds what its instalment has left to pay; the grant
 * is settled when every instalment is paid. Only the DMTA, pilot of the call, and administrators keep the file.
 */
public final class GrantFile {

    /** The longest reason of a refused report. */
    public static final int MAX_REFUSAL = 2000;
    /** The highest instalment number a request may name (a schedule has far fewer). */
    public static final int MAX_INSTALMENT = 99;

    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private final String id;
    private final int callYear;
    private final String organisationId;
    private final String organisationName;
    private final String projectTitle;
    private final BigDecimal amount;
    private final GrantNature nature;
    private final int durationYears;
    private final String territoryCode;
    private final String decisionReference;
    private final LocalDate decidedOn;
    private final PaymentSchedule schedule;
    private final LocalDate signedOn;
    private final LocalDate annualReportOn;
    private final LocalDate finalReportOn;
    private final List<Payment> payments;
    private final AgreementAcknowledgement acknowledgement;
    private final List<SubmittedReport> submittedReports;
    private final long version;
    private final Instant updatedAt;
    private final String updatedBy;

    public GrantFile(String id, int callYear, String organisationId, String organisationName, String projectTitle,
                     BigDecimal amount, GrantNature nature, int durationYears, String territoryCode,
                     String decisionReference, LocalDate decidedOn, PaymentSchedule schedule, LocalDate signedOn,
                     LocalDate annualReportOn, LocalDate finalReportOn, List<Payment> payments,
                     AgreementAcknowledgement acknowledgement, List<SubmittedReport> submittedReports, long version,
                     Instant updatedAt, String updatedBy) {
        this.id = id;
        this.callYear = callYear;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.projectTitle = projectTitle;
        this.amount = amount;
        this.nature = nature;
        this.durationYears = durationYears;
        this.territoryCode = territoryCode;
        this.decisionReference = decisionReference;
        this.decidedOn = decidedOn;
        this.schedule = schedule;
        this.signedOn = signedOn;
        this.annualReportOn = annualReportOn;
        this.finalReportOn = finalReportOn;
        this.payments = List.copyOf(payments);
        this.acknowledgement = acknowledgement;
        this.submittedReports = submittedReports == null ? List.of() : List.copyOf(submittedReports);
        this.version = version;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /**
     * The file an application's granting vote opens, not yet stored (version 0): the agreement to sign and its default
     * schedule. Empty when the application has no granting vote.
     */
    public static Optional<GrantFile> drawUp(Application application) {
        Optional<Decision> decision = application.decision().filter(Decision::granted);
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        ApplicationDetails d = application.details();
        Decision x = decision.get();
        PaymentSchedule schedule = PaymentSchedule.standard(x.amount(), d.durationYears(),
                d.amounts().firstYearOperating().add(d.amounts().firstYearInvestment()), d.amounts().total());
        return Optional.of(new GrantFile(application.id(), application.callYear(), d.organisationId(),
                d.organisationName(), d.title(), x.amount(), d.amounts().nature(), d.durationYears(),
                d.mainTerritoryCode(), x.reference(), x.decidedOn(), schedule, null, null, null, List.of(), null, List.of(), 0, null,
                null));
    }

    /** Records the signature of the agreement by both parties; publishes it. */
    public GrantOutcome sign(LocalDate on, LocalDate today, Agent agent, Instant at) {
        if (!agent.pilot()) {
            return forbidden();
        }
        if (signedOn != null) {
            return new GrantOutcome.NotAllowedNow("agreement.alreadySigned", "La convention est signée depuis le "
                    + french(signedOn) + ".");
        }
        List<Violation> violations = new ArrayList<>();
        if (on == null) {
            violations.add(new Violation("signedOn", "signedOn.required", "Indiquez la date de signature."));
        } else if (on.isBefore(decidedOn) || on.isAfter(today)) {
            violations.add(new Violation("signedOn", "signedOn.range", "La signature a lieu entre le vote ("
                    + french(decidedOn) + ") et aujourd'hui."));
        }
        if (!violations.isEmpty()) {
            return new GrantOutcome.Invalid(violations);
        }
        GrantFile signed = copy(on, annualReportOn, finalReportOn, payments, agent, at);
        return new GrantOutcome.Changed(signed, List.of(new AgreementSigned(UUID.randomUUID().toString(), signed, at,
                agent.username())));
    }

    /**
     * Records the reception of the annual report (two-year grants) or of the final report, on paper: the agent
     * records it for the organisation and it releases its instalment. Not while the organisation's report of the same
     * kind sent online waits for a review (accept or refuse that one).
     */
    public GrantOutcome receiveReport(Trigger report, LocalDate on, LocalDate today, Agent agent, Instant at) {
        if (!agent.pilot()) {
            return forbidden();
        }
        Optional<SubmittedReport> pending = awaitingReview(report);
        if (pending.isPresent()) {
            return new GrantOutcome.NotAllowedNow("report.awaitingReview", "La structure a transmis ce compte rendu "
                    + "en ligne le " + french(LocalDate.ofInstant(pending.get().at(), PARIS))
                    + " : acceptez-le ou refusez-le.");
        }
        return report(report, on, today, submittedReports, agent.username(), at);
    }

    /**
     * The organisation submits a report online (ADR-0016) with its document and its figures, attributed to the
     * applicant's account; it waits for an agent's review and releases nothing yet. Not while a report of the same
     * kind waits for a review, nor once one is received; after a refusal, a new one may be sent.
     *
     * @param documentId the document given, stored with the organisation's documents
     */
    public GrantOutcome submitReport(Trigger report, String documentId, String fileName, ReportFigures figures,
                                     String applicant, Instant at) {
        if (signedOn == null) {
            return notSigned();
        }
        Optional<GrantOutcome> unknown = unknownReport(report);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        Optional<LocalDate> already = receivedOn(report);
        if (already.isPresent()) {
            return new GrantOutcome.NotAllowedNow("report.alreadyReceived", "Le Département a déjà reçu ce compte "
                    + "rendu le " + french(already.get()) + ".");
        }
        Optional<SubmittedReport> pending = awaitingReview(report);
        if (pending.isPresent()) {
            return new GrantOutcome.NotAllowedNow("report.awaitingReview", "Votre compte rendu transmis le "
                    + french(LocalDate.ofInstant(pending.get().at(), PARIS)) + " est en cours d'examen par le "
                    + "Département.");
        }
        List<Violation> violations = new ArrayList<>(ReportFigures.check(figures, report, amount));
        if (documentId == null || documentId.isBlank()) {
            violations.add(new Violation("file", "file.required", "Joignez le compte rendu financier (un fichier)."));
        }
        if (!violations.isEmpty()) {
            return new GrantOutcome.Invalid(violations);
        }
        SubmittedReport submitted = new SubmittedReport(submittedReports.size() + 1, report, documentId, fileName,
                figures.rounded(), applicant, at, ReportStatus.RECEIVED, null, null, null);
        List<SubmittedReport> submissions = new ArrayList<>(submittedReports);
        submissions.add(submitted);
        GrantFile changed = copy(signedOn, annualReportOn, finalReportOn, payments, acknowledgement, submissions,
                applicant, at);
        return new GrantOutcome.Changed(changed, List.of(new ReportSubmitted(UUID.randomUUID().toString(), changed,
                submitted, at)));
    }

    /**
     * An agent accepts a report sent online: it is the report the grant waited for, received on the day it was sent,
     * and it releases its instalment (whose payment stays the DMTA's).
     */
    public GrantOutcome acceptReport(int number, Agent agent, Instant at) {
        return review(number, agent, at, null);
    }

    /** An agent refuses a report sent online, with the reason the organisation reads; it releases nothing. */
    public GrantOutcome refuseReport(int number, String reason, Agent agent, Instant at) {
        String text = reason == null ? "" : reason.strip();
        if (agent.pilot() && (text.isEmpty() || text.length() > MAX_REFUSAL)) {
            return new GrantOutcome.Invalid(List.of(new Violation("reason", text.isEmpty() ? "reason.required"
                    : "reason.tooLong", text.isEmpty() ? "Indiquez à la structure pourquoi le compte rendu est refusé."
                    : "Le motif tient en 2 000 caractères au plus.")));
        }
        return review(number, agent, at, text);
    }

    private GrantOutcome review(int number, Agent agent, Instant at, String refusal) {
        if (!agent.pilot()) {
            return forbidden();
        }
        Optional<SubmittedReport> found = submittedReports.stream().filter(r -> r.number() == number).findFirst();
        if (found.isEmpty()) {
            return new GrantOutcome.Invalid(List.of(new Violation("report", "report.unknown",
                    "Aucun compte rendu transmis en ligne sous le numéro « " + number + " ».")));
        }
        SubmittedReport report = found.get();
        if (!report.awaitingReview()) {
            return new GrantOutcome.NotAllowedNow("report.alreadyReviewed", "Ce compte rendu est déjà "
                    + (report.status() == ReportStatus.ACCEPTED ? "accepté." : "refusé."));
        }
        SubmittedReport reviewed = refusal == null ? report.accepted(agent.username(), at)
                : report.refused(agent.username(), at, refusal);
        List<SubmittedReport> submissions = submittedReports.stream().map(r -> r.number() == number ? reviewed : r)
                .toList();
        GrantFile changed;
        if (refusal == null) {
            LocalDate received = LocalDate.ofInstant(report.at(), PARIS);
            changed = report.report() == Trigger.ANNUAL_REPORT
                    ? copy(signedOn, received, finalReportOn, payments, acknowledgement, submissions,
                    agent.username(), at)
                    : copy(signedOn, annualReportOn, received, payments, acknowledgement, submissions,
                    agent.username(), at);
        } else {
            changed = copy(signedOn, annualReportOn, finalReportOn, payments, acknowledgement, submissions,
                    agent.username(), at);
        }
        return new GrantOutcome.Changed(changed, List.of(new ReportReviewed(UUID.randomUUID().toString(), changed,
                reviewed, at)));
    }

    private GrantOutcome report(Trigger report, LocalDate on, LocalDate today, List<SubmittedReport> submissions,
                                String by, Instant at) {
        if (signedOn == null) {
            return notSigned();
        }
        Optional<GrantOutcome> unknown = unknownReport(report);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        if (on == null || on.isBefore(signedOn) || on.isAfter(today)) {
            return new GrantOutcome.Invalid(List.of(new Violation("receivedOn", "receivedOn.range",
                    "Indiquez une date de réception entre la signature (" + french(signedOn)
                            + ") et aujourd'hui.")));
        }
        return new GrantOutcome.Changed(report == Trigger.ANNUAL_REPORT
                ? copy(signedOn, on, finalReportOn, payments, acknowledgement, submissions, by, at)
                : copy(signedOn, annualReportOn, on, payments, acknowledgement, submissions, by, at), List.of());
    }

    private Optional<GrantOutcome> unknownReport(Trigger report) {
        if (report == null || report == Trigger.SIGNATURE || (report == Trigger.ANNUAL_REPORT && durationYears != 2)) {
            return Optional.of(new GrantOutcome.Invalid(List.of(new Violation("report", "report.unknown",
                    "Compte rendu attendu : " + (durationYears == 2 ? "annuel ou final." : "final.")))));
        }
        return Optional.empty();
    }

    private Optional<LocalDate> receivedOn(Trigger report) {
        return report == Trigger.ANNUAL_REPORT ? annualReportOn() : report == Trigger.FINAL_REPORT ? finalReportOn()
                : Optional.empty();
    }

    /** The report of this kind sent online that waits for an agent's review, if any. */
    public Optional<SubmittedReport> awaitingReview(Trigger report) {
        return submittedReports.stream().filter(r -> r.report() == report && r.awaitingReview()).findFirst();
    }

    /** The last report of this kind sent online, if any (to show a refusal and its reason). */
    public Optional<SubmittedReport> lastSubmitted(Trigger report) {
        return submittedReports.stream().filter(r -> r.report() == report).reduce((a, b) -> b);
    }

    /**
     * The organisation confirms online that it has read the agreement (ADR-0016), once: from the vote on, signed or
     * not. No fact is published: no other system needs it.
     */
    public GrantOutcome acknowledge(String applicant, Instant at) {
        if (acknowledgement != null) {
            return new GrantOutcome.NotAllowedNow("agreement.alreadyAcknowledged", "Vous avez pris connaissance de "
                    + "la convention le " + french(LocalDate.ofInstant(acknowledgement.at(), PARIS)) + ".");
        }
        return new GrantOutcome.Changed(copy(signedOn, annualReportOn, finalReportOn, payments,
                new AgreementAcknowledgement(applicant, at), submittedReports, applicant, at), List.of());
    }

    /** Records a payment on an instalment whose trigger has happened; publishes it. */
    public GrantOutcome pay(int instalment, BigDecimal paid, LocalDate on, LocalDate today, Agent agent,
                            Instant at) {
        if (!agent.pilot()) {
            return forbidden();
        }
        if (signedOn == null) {
            return notSigned();
        }
        Optional<Instalment> planned = schedule.instalments().stream().filter(i -> i.number() == instalment)
                .findFirst();
        if (planned.isEmpty()) {
            return new GrantOutcome.Invalid(List.of(new Violation("instalment", "instalment.unknown",
                    "Échéance inconnue : « " + instalment + " ».")));
        }
        Instalment i = planned.get();
        if (!released(i.trigger())) {
            return new GrantOutcome.NotAllowedNow("instalment.notReleased", "L'échéance " + i.number() + " (" + i.label()
                    + ") est versée " + i.trigger().label() + " : ce n'est pas encore le cas.");
        }
        BigDecimal left = leftOn(i.number());
        if (left.signum() == 0) {
            return new GrantOutcome.NotAllowedNow("instalment.paid", "L'échéance " + i.number() + " est déjà versée.");
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
            return new GrantOutcome.Invalid(violations);
        }
        Payment payment = new Payment(payments.size() + 1, i.number(), paid.setScale(2), on, agent.username(), at);
        List<Payment> next = new ArrayList<>(payments);
        next.add(payment);
        GrantFile changed = copy(signedOn, annualReportOn, finalReportOn, next, agent, at);
        return new GrantOutcome.Changed(changed, List.of(new PaymentMade(UUID.randomUUID().toString(), changed,
                payment, at, agent.username())));
    }

    /** Whether the trigger of an instalment has happened. */
    public boolean released(Trigger trigger) {
        return switch (trigger) {
            case SIGNATURE -> signedOn != null;
            case ANNUAL_REPORT -> annualReportOn != null;
            case FINAL_REPORT -> finalReportOn != null;
        };
    }

    /** What an instalment still has to pay. */
    public BigDecimal leftOn(int instalment) {
        BigDecimal planned = schedule.instalments().stream().filter(i -> i.number() == instalment)
                .map(Instalment::amount).findFirst().orElse(BigDecimal.ZERO);
        return planned.subtract(payments.stream().filter(p -> p.instalment() == instalment).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public BigDecimal totalPaid() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal remaining() {
        return amount.subtract(totalPaid());
    }

    /** Every instalment is paid. */
    public boolean settled() {
        return signedOn != null && remaining().signum() == 0;
    }

    /** The date of the first and last payments, if any. */
    public Optional<LocalDate> firstPaymentOn() {
        return payments.stream().map(Payment::paidOn).min(LocalDate::compareTo);
    }

    public Optional<LocalDate> lastPaymentOn() {
        return payments.stream().map(Payment::paidOn).max(LocalDate::compareTo);
    }

    private GrantFile copy(LocalDate signed, LocalDate annual, LocalDate fin, List<Payment> paid, Agent agent,
                           Instant at) {
        return copy(signed, annual, fin, paid, acknowledgement, submittedReports, agent.username(), at);
    }

    private GrantFile copy(LocalDate signed, LocalDate annual, LocalDate fin, List<Payment> paid,
                           AgreementAcknowledgement acknowledged, List<SubmittedReport> submitted, String by,
                           Instant at) {
        return new GrantFile(id, callYear, organisationId, organisationName, projectTitle, amount, nature,
                durationYears, territoryCode, decisionReference, decidedOn, schedule, signed, annual, fin, paid,
                acknowledged, submitted, version + 1, at, by);
    }

    private static GrantOutcome forbidden() {
        return new GrantOutcome.Forbidden("Seules la DMTA, pilote de l'Appel à Agir, et l'administration tiennent "
                + "les conventions et les versements.");
    }

    private static GrantOutcome notSigned() {
        return new GrantOutcome.NotAllowedNow("agreement.notSigned", "La convention n'est pas encore signée.");
    }

    private static String french(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    public String id() {
        return id;
    }

    public int callYear() {
        return callYear;
    }

    public String organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public String projectTitle() {
        return projectTitle;
    }

    public BigDecimal amount() {
        return amount;
    }

    public GrantNature nature() {
        return nature;
    }

    public int durationYears() {
        return durationYears;
    }

    public String territoryCode() {
        return territoryCode;
    }

    public String decisionReference() {
        return decisionReference;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public PaymentSchedule schedule() {
        return schedule;
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public Optional<LocalDate> annualReportOn() {
        return Optional.ofNullable(annualReportOn);
    }

    public Optional<LocalDate> finalReportOn() {
        return Optional.ofNullable(finalReportOn);
    }

    public List<Payment> payments() {
        return payments;
    }

    public Optional<AgreementAcknowledgement> acknowledgement() {
        return Optional.ofNullable(acknowledgement);
    }

    public List<SubmittedReport> submittedReports() {
        return submittedReports;
    }

    /** The report the organisation has to give next, if any: the annual one (two-year grants), then the final one. */
    public Optional<Trigger> reportDue() {
        if (signedOn == null) {
            return Optional.empty();
        }
        if (durationYears == 2 && annualReportOn == null) {
            return Optional.of(Trigger.ANNUAL_REPORT);
        }
        return finalReportOn == null ? Optional.of(Trigger.FINAL_REPORT) : Optional.empty();
    }

    /**
     * The report the organisation has to give next and the date it is due: within six months of the end of the year
     * it accounts for (the compte-rendu financier of art. 10 of the law of 12 April 2000), i.e. 30 June of the year
     * after the first project year for the annual report, of the year after the last project year for the final one.
     */
    public Optional<ReportDeadline> reportDeadline() {
        return reportDue().map(report -> new ReportDeadline(report, LocalDate.of(report == Trigger.ANNUAL_REPORT
                ? callYear + 1 : callYear + durationYears, 6, 30)));
    }

    /** A report due by a date. */
    public record ReportDeadline(Trigger report, LocalDate dueOn) {
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
