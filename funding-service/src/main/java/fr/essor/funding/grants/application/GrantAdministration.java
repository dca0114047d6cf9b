package fr.essor.funding.grants.application;

import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.GrantOutcome;
import fr.essor.funding.grants.domain.ReportFigures;
import fr.essor.funding.grants.domain.Trigger;
import fr.essor.kit.outbox.StaleAggregateException;
import fr.essor.kit.security.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The use cases of a grant file: the agreement as drawn up, its signature, the reports, the payments. Each loads the
 * file (or draws it up from the vote), asks it for one change and saves it once; then the application follows
 * (Conventionnée, En paiement, Soldée). The file is written first: if the service stops in between, the
 * application catches up at the file's next change.
 */
public class GrantAdministration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final GrantFiles files;
    private final Applications applications;
    private final Instruction instruction;
    private final Clock clock;

    public GrantAdministration(GrantFiles files, Applications applications, Instruction instruction, Clock clock) {
        this.files = files;
        this.applications = applications;
        this.instruction = instruction;
        this.clock = clock;
    }

    public sealed interface Result {
    }

    public record Done(GrantOutcome outcome) implements Result {
    }

    /** No granted application under this id. */
    public record NoGrant(String applicationId) implements Result {
    }

    /** The stored file, or the one the vote draws up (version 0) while the agreement is not signed. */
    public Optional<GrantFile> file(String applicationId) {
        Optional<GrantFile> stored = files.find(applicationId);
        if (stored.isPresent()) {
            return stored;
        }
        return applications.find(applicationId).flatMap(GrantFile::drawUp);
    }

    public Result sign(String applicationId, LocalDate signedOn, Actor actor) {
        return apply(applicationId, actor, (file, at) -> file.sign(signedOn, today(at), Agents.of(actor), at));
    }

    public Result receiveReport(String applicationId, Trigger report, LocalDate receivedOn, Actor actor) {
        return apply(applicationId, actor, (file, at) -> file.receiveReport(report, receivedOn, today(at),
                Agents.of(actor), at));
    }

    public Result pay(String applicationId, int instalment, BigDecimal amount, LocalDate paidOn, Actor actor) {
        return apply(applicationId, actor, (file, at) -> file.pay(instalment, amount, paidOn, today(at),
                Agents.of(actor), at));
    }

    /**
     * The organisation confirms it has read the agreement (ADR-0016); the caller has checked that the applicant acts
     * for the grant's organisation. The application's status does not move. Two first confirmations at the same time
     * store one: the other finds the file changed, reads it again and is told it is already done.
     */
    public Result acknowledge(String applicationId, Actor applicant) {
        try {
            return apply(applicationId, applicant, false, (file, at) -> file.acknowledge(applicant.username(), at));
        } catch (StaleAggregateException raced) {
            return apply(applicationId, applicant, false, (file, at) -> file.acknowledge(applicant.username(), at));
        }
    }

    /**
     * The organisation submits a report online with the document it gave and its figures (ADR-0016), attributed to
     * the applicant; the caller has checked that the applicant acts for the grant's organisation. It waits for an
     * agent's review ({@link #acceptReport}, {@link #refuseReport}) and releases nothing yet.
     */
    public Result submitReport(String applicationId, Trigger report, String documentId, String fileName,
                               ReportFigures figures, Actor applicant) {
        return apply(applicationId, applicant, false, (file, at) -> file.submitReport(report, documentId, fileName,
                figures, applicant.username(), at));
    }

    /** What {@link #submitReport} would answer now, without writing anything (checked before a document is stored). */
    public Optional<GrantOutcome> trySubmitReport(String applicationId, Trigger report, String fileName,
                                                  ReportFigures figures, Actor applicant) {
        Instant at = clock.instant();
        return file(applicationId).map(file -> file.submitReport(report, "(pending)", fileName, figures,
                applicant.username(), at));
    }

    /** An agent accepts a report sent online: it releases its instalment. */
    public Result acceptReport(String applicationId, int number, Actor actor) {
        return apply(applicationId, actor, false, (file, at) -> file.acceptReport(number, Agents.of(actor), at));
    }

    /** An agent refuses a report sent online with the reason the organisation reads. */
    public Result refuseReport(String applicationId, int number, String reason, Actor actor) {
        return apply(applicationId, actor, false, (file, at) -> file.refuseReport(number, reason, Agents.of(actor),
                at));
    }

    private Result apply(String applicationId, Actor actor, BiFunction<GrantFile, Instant, GrantOutcome> change) {
        return apply(applicationId, actor, true, change);
    }

    private Result apply(String applicationId, Actor actor, boolean align,
                         BiFunction<GrantFile, Instant, GrantOutcome> change) {
        Optional<GrantFile> found = file(applicationId);
        if (found.isEmpty()) {
            return new NoGrant(applicationId);
        }
        GrantFile file = found.get();
        GrantOutcome outcome = change.apply(file, clock.instant());
        if (outcome instanceof GrantOutcome.Changed changed) {
            if (file.version() == 0) {
                if (!files.add(changed.file(), changed.events())) {
                    throw new StaleAggregateException("grant_files", applicationId, 0);
                }
            } else {
                files.save(changed.file(), file.version(), changed.events());
            }
            if (align) {
                alignApplication(changed.file(), actor);
            }
        }
        return new Done(outcome);
    }

    /** Takes the application's missing steps up to where its file stands. */
    private void alignApplication(GrantFile file, Actor actor) {
        if (file.signedOn().isEmpty()) {
            return;
        }
        ApplicationStatus target = file.settled() ? ApplicationStatus.SETTLED
                : !file.payments().isEmpty() ? ApplicationStatus.IN_PAYMENT : ApplicationStatus.AGREEMENT_SIGNED;
        for (int guard = 0; guard < 3; guard++) {
            Optional<Application> application = applications.find(file.id());
            if (application.isEmpty() || application.get().status().ordinal() >= target.ordinal()) {
                return;
            }
            WorkflowAction step = switch (application.get().status()) {
                case GRANTED -> WorkflowAction.SIGN_AGREEMENT;
                case AGREEMENT_SIGNED -> WorkflowAction.START_PAYMENT;
                case IN_PAYMENT -> WorkflowAction.SETTLE;
                default -> null;
            };
            if (step == null) {
                return;
            }
            instruction.performOnBehalf(file.id(), step, TransitionRequest.because(note(step, file)), actor);
        }
    }

    private static String note(WorkflowAction step, GrantFile file) {
        return switch (step) {
            case SIGN_AGREEMENT -> "Convention signée le " + file.signedOn()
                    .map(d -> String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()))
                    .orElse("");
            case START_PAYMENT -> "Premier versement";
            default -> "Subvention entièrement versée";
        };
    }

    private static LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, PARIS);
    }
}
