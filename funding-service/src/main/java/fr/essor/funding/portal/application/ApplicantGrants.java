package fr.essor.funding.portal.application;

import java.util.Optional;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.grants.application.GrantAdministration;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.GrantOutcome;
import fr.essor.funding.grants.domain.ReportFigures;
import fr.essor.funding.grants.domain.Trigger;
import fr.essor.funding.portal.domain.DocumentKind;
import fr.essor.funding.portal.domain.PortalOutcome;
import fr.essor.funding.portal.domain.StoredDocument;
import fr.essor.kit.security.Actor;

/**
 * The applicant's side of a voted grant (ADR-0016): the grant as its organisation's applicants read it, the agreement
 * they acknowledge, the report they submit online. Only an applicant confirmed for the grant's organisation reaches
 * it; the writes are the grant file's own use cases, attributed to the applicant.
 */
public class ApplicantGrants {

    private static final String NO_FILE = "Joignez le compte rendu financier (un fichier).";

    private final ApplicantFiles files;
    private final GrantAdministration administration;
    private final DocumentLocker locker;

    public ApplicantGrants(ApplicantFiles files, GrantAdministration administration, DocumentLocker locker) {
        this.files = files;
        this.administration = administration;
        this.locker = locker;
    }

    public sealed interface Result {
    }

    public record Done(GrantFile file) implements Result {
    }

    /** Nothing to do: the agreement was acknowledged before. */
    public record Unchanged(GrantFile file, String message) implements Result {
    }

    /**
     * A rule refused it: the French message per field (report, reportFile, acknowledge or one of the report's
     * figures: totalExpenses, grantUsed, otherFunding, notUsed); nothing was written.
     */
    public record Refused(java.util.Map<String, String> errors, boolean notNow) implements Result {

        public Refused {
            errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
        }

        Refused(String field, String message, boolean notNow) {
            this(java.util.Map.of(field, message), notNow);
        }
    }

    public record NotTheirs() implements Result {
    }

    /** No such file, or no granted vote on it. */
    public record Unknown() implements Result {
    }

    /** A new document given with the report. */
    public record Upload(String fileName, byte[] content) {
    }

    /** The grant of one of the applicant's organisation's files, once voted. */
    public Optional<GrantFile> grant(Application application) {
        return administration.file(application.id());
    }

    public Result acknowledge(Actor applicant, String applicationId) {
        Optional<Result> denied = denied(applicant, applicationId);
        if (denied.isPresent()) {
            return denied.get();
        }
        GrantFile before = administration.file(applicationId).orElseThrow();
        if (before.acknowledgement().isPresent()) {
            return new Unchanged(before, "Vous aviez déjà pris connaissance de la convention.");
        }
        return switch (administration.acknowledge(applicationId, applicant)) {
            case GrantAdministration.NoGrant noGrant -> new Unknown();
            case GrantAdministration.Done done -> switch (done.outcome()) {
                case GrantOutcome.Changed changed -> new Done(changed.file());
                // acknowledged meanwhile (a second click racing the first): nothing more to write
                case GrantOutcome.NotAllowedNow notNow -> new Unchanged(administration.file(applicationId)
                        .orElseThrow(), "Vous aviez déjà pris connaissance de la convention.");
                case GrantOutcome.Invalid invalid ->
                        new Refused("acknowledge", invalid.violations().getFirst().message(), false);
                case GrantOutcome.Forbidden forbidden -> new NotTheirs();
            };
        };
    }

    /**
     * The report with its document: the report is checked first, then the document (kind, size, format, antivirus)
     * is stored with the organisation's documents, then the report is recorded; a refusal stores nothing.
     */
    public Result submitReport(Actor applicant, String applicationId, String reportCode, ReportFigures figures,
                               Optional<Upload> upload) {
        Optional<Result> denied = denied(applicant, applicationId);
        if (denied.isPresent()) {
            return denied.get();
        }
        Trigger report = "ANNUAL_REPORT".equals(reportCode) ? Trigger.ANNUAL_REPORT
                : "FINAL_REPORT".equals(reportCode) ? Trigger.FINAL_REPORT : null;
        if (report == null) {
            return new Refused("report", "Choisissez le compte rendu que vous transmettez.", false);
        }
        String fileName = upload.map(Upload::fileName).orElse("");
        GrantOutcome check = administration.trySubmitReport(applicationId, report, fileName, figures, applicant)
                .orElseThrow();
        Optional<Result> refused = refusal(check);
        boolean noFile = upload.isEmpty() || upload.get().content().length == 0;
        if (refused.isPresent() && refused.get() instanceof Refused r && !r.notNow() && noFile) {
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>(r.errors());
            errors.put("reportFile", NO_FILE);
            return new Refused(errors, false);
        }
        if (refused.isPresent()) {
            return refused.get();
        }
        if (noFile) {
            return new Refused("reportFile", NO_FILE, false);
        }
        GrantFile file = administration.file(applicationId).orElseThrow();
        StoredDocument document;
        switch (locker.upload(applicant, file.organisationId(), DocumentKind.FINANCIAL_REPORT.name(), fileName,
                upload.get().content())) {
            case PortalOutcome.Changed<StoredDocument> stored -> document = stored.state();
            case PortalOutcome.Invalid<StoredDocument> invalid -> {
                return new Refused("reportFile", invalid.message(), false);
            }
            case PortalOutcome.NotAllowedNow<StoredDocument> notNow -> {
                return new Refused("reportFile", notNow.message(), true);
            }
            case PortalOutcome.Unchanged<StoredDocument> unchanged -> document = unchanged.state();
        }
        return switch (administration.submitReport(applicationId, report, document.id(), document.fileName(),
                figures, applicant)) {
            case GrantAdministration.NoGrant noGrant -> new Unknown();
            case GrantAdministration.Done done -> refusal(done.outcome())
                    .orElseGet(() -> new Done(((GrantOutcome.Changed) done.outcome()).file()));
        };
    }

    private Optional<Result> denied(Actor applicant, String applicationId) {
        return switch (files.file(applicant, applicationId)) {
            case ApplicantFiles.Refused refused -> Optional.of(new NotTheirs());
            case ApplicantFiles.Unknown unknown -> Optional.of(new Unknown());
            case ApplicantFiles.Granted granted -> administration.file(applicationId).isPresent() ? Optional.empty()
                    : Optional.of(new Unknown());
        };
    }

    private static Optional<Result> refusal(GrantOutcome outcome) {
        return switch (outcome) {
            case GrantOutcome.Changed changed -> Optional.empty();
            case GrantOutcome.Invalid invalid -> {
                java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
                invalid.violations().forEach(v -> errors.putIfAbsent("file".equals(v.field()) ? "reportFile"
                        : v.field(), v.message()));
                yield Optional.of(new Refused(errors, false));
            }
            case GrantOutcome.NotAllowedNow notNow -> Optional.of(new Refused("report", notNow.message(), true));
            case GrantOutcome.Forbidden forbidden -> Optional.of(new NotTheirs());
        };
    }
}
