package fr.essor.funding.portal.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.InformationAnswer;
import fr.essor.funding.portal.domain.PortalOutcome;
import fr.essor.funding.portal.domain.StoredDocument;
import fr.essor.kit.security.Actor;

/**
 * An applicant answers the Département's request for information on one of its organisation's files (ADR-0016): a
 * text, documents the organisation already gave, and optionally a new document. The answer is checked before the new
 * document is stored, so a refused answer stores nothing; the application is then saved once.
 */
public class InformationAnswers {

    private final Applications applications;
    private final ApplicantFiles files;
    private final DocumentLocker locker;
    private final Clock clock;

    public InformationAnswers(Applications applications, ApplicantFiles files, DocumentLocker locker, Clock clock) {
        this.applications = applications;
        this.files = files;
        this.locker = locker;
        this.clock = clock;
    }

    /** A new document given with the answer. */
    public record Upload(String kind, String fileName, byte[] content) {
    }

    public sealed interface Result {
    }

    public record Answered(Application application) implements Result {
    }

    /** The answer broke a rule ({@code field} is text, documentIds or file) or is not expected now. */
    public record Refused(String field, String code, String message, boolean notNow) implements Result {
    }

    public record NotTheirs() implements Result {
    }

    public record Unknown() implements Result {
    }

    public Result answer(Actor applicant, String applicationId, String text, List<String> documentIds,
                         Optional<Upload> upload) {
        Application application;
        switch (files.file(applicant, applicationId)) {
            case ApplicantFiles.Granted granted -> application = granted.application();
            case ApplicantFiles.Refused refused -> {
                return new NotTheirs();
            }
            case ApplicantFiles.Unknown unknown -> {
                return new Unknown();
            }
        }
        String organisationId = application.details().organisationId();
        List<StoredDocument> own = locker.ofOrganisation(applicant, organisationId);
        List<InformationAnswer.Attachment> attachments = new ArrayList<>();
        for (String id : documentIds) {
            Optional<StoredDocument> document = own.stream().filter(d -> d.id().equals(id)).findFirst();
            if (document.isEmpty()) {
                return new Refused("documentIds", "document.unknown", "Choisissez des pièces de votre structure.",
                        false);
            }
            if (attachments.stream().noneMatch(a -> a.documentId().equals(id))) {
                attachments.add(new InformationAnswer.Attachment(id, document.get().fileName()));
            }
        }
        // checked first with the documents already there: a refused answer must not leave a new document behind
        Optional<Result> refused = refusal(application.answerRequest(text, attachments, applicant.username(),
                clock.instant()));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (upload.isPresent()) {
            Upload u = upload.get();
            switch (locker.upload(applicant, organisationId, u.kind(), u.fileName(), u.content())) {
                case PortalOutcome.Changed<StoredDocument> stored -> attachments.add(
                        new InformationAnswer.Attachment(stored.state().id(), stored.state().fileName()));
                case PortalOutcome.Invalid<StoredDocument> invalid -> {
                    return new Refused(invalid.field(), invalid.code(), invalid.message(), false);
                }
                case PortalOutcome.NotAllowedNow<StoredDocument> notNow -> {
                    return new Refused("file", notNow.code(), notNow.message(), true);
                }
                case PortalOutcome.Unchanged<StoredDocument> unchanged -> {
                }
            }
        }
        ApplicationOutcome outcome = application.answerRequest(text, attachments, applicant.username(),
                clock.instant());
        if (outcome instanceof ApplicationOutcome.Changed changed) {
            applications.save(changed.application(), application.version(), changed.events());
            return new Answered(changed.application());
        }
        return refusal(outcome).orElseThrow();
    }

    private static Optional<Result> refusal(ApplicationOutcome outcome) {
        return switch (outcome) {
            case ApplicationOutcome.Invalid invalid -> Optional.of(new Refused(invalid.violations().getFirst().field(),
                    invalid.violations().getFirst().code(), invalid.violations().getFirst().message(), false));
            case ApplicationOutcome.NotAllowedNow notNow ->
                    Optional.of(new Refused("text", notNow.code(), notNow.message(), true));
            case ApplicationOutcome.Forbidden forbidden ->
                    Optional.of(new Refused("text", "forbidden", forbidden.reason(), true));
            case ApplicationOutcome.Changed changed -> Optional.empty();
            case ApplicationOutcome.Unchanged unchanged -> Optional.empty();
        };
    }
}
