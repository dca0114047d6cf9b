package fr.essor.funding.portal.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.portal.domain.DocumentFormat;
import fr.essor.funding.portal.domain.DocumentKind;
import fr.essor.funding.portal.domain.PortalOutcome;
import fr.essor.funding.portal.domain.StoredDocument;
import fr.essor.kit.security.Actor;

/**
 * The documents an organisation gives once and reuses across its applications: uploaded by an applicant confirmed for
 * the organisation, checked (kind, size limit, format by content), scanned, then stored; read by that applicant and by
 * the instructing agents, every read logged.
 */
public class DocumentLocker {

    private final OrganisationDocuments documents;
    private final AntivirusScanner antivirus;
    private final ApplicantLinks links;
    private final long maxBytes;
    private final Clock clock;

    public DocumentLocker(OrganisationDocuments documents, AntivirusScanner antivirus, ApplicantLinks links,
                          long maxBytes, Clock clock) {
        this.documents = documents;
        this.antivirus = antivirus;
        this.links = links;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean antivirusScans() {
        return antivirus.scans();
    }

    /** Nothing is stored unless every check passed. */
    public PortalOutcome<StoredDocument> upload(Actor applicant, String organisationId, String kindCode,
                                                String fileName, byte[] content) {
        if (!links.actsFor(applicant, organisationId)) {
            return new PortalOutcome.NotAllowedNow<>("organisation.notLinked",
                    "Votre compte n'est pas rattaché à cette structure.");
        }
        Optional<DocumentKind> kind = DocumentKind.fromCode(kindCode);
        if (kind.isEmpty()) {
            return new PortalOutcome.Invalid<>("kind", "kind.required", "Choisissez le type de pièce.");
        }
        if (content == null || content.length == 0) {
            return new PortalOutcome.Invalid<>("file", "file.required", "Choisissez le fichier à déposer.");
        }
        if (content.length > maxBytes) {
            return new PortalOutcome.Invalid<>("file", "file.tooLarge", "Le fichier dépasse la taille autorisée ("
                    + megabytes(maxBytes) + ") : réduisez-le (PDF compressé, image moins définie) puis redéposez-le.");
        }
        Optional<DocumentFormat> format = DocumentFormat.recognise(fileName, content);
        if (format.isEmpty()) {
            return new PortalOutcome.Invalid<>("file", "file.format", "Ce fichier n'est pas d'un format accepté "
                    + "(ou son contenu ne correspond pas à son nom). Formats acceptés : " + DocumentFormat.ACCEPTED
                    + ".");
        }
        switch (antivirus.scan(content)) {
            case AntivirusScanner.Infected infected -> {
                return new PortalOutcome.Invalid<>("file", "file.infected",
                        "L'antivirus a détecté un fichier dangereux : il n'a pas été enregistré.");
            }
            case AntivirusScanner.Unavailable unavailable -> {
                return new PortalOutcome.NotAllowedNow<>("antivirus.unavailable",
                        "L'antivirus ne répond pas : le fichier n'a pas été enregistré. Réessayez dans quelques minutes.");
            }
            case AntivirusScanner.Clean clean -> {
            }
        }
        String name = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
        StoredDocument stored = documents.store(new StoredDocument(null, organisationId, kind.get(), name,
                format.get(), content.length, clock.instant(), applicant.username()), content);
        return new PortalOutcome.Changed<>(stored);
    }

    public List<StoredDocument> ofOrganisation(Actor actor, String organisationId) {
        return mayRead(actor, organisationId) ? documents.ofOrganisation(organisationId) : List.of();
    }

    /** A document for its organisation's applicant or an instructing agent, the read logged; refused otherwise. */
    public sealed interface Read {
    }

    public record Granted(StoredDocument document, byte[] content) implements Read {
    }

    public record Refused() implements Read {
    }

    public record Unknown() implements Read {
    }

    public Read read(Actor actor, String documentId) {
        Optional<StoredDocument> document = documents.find(documentId);
        if (document.isEmpty()) {
            return new Unknown();
        }
        if (!mayRead(actor, document.get().organisationId())) {
            return new Refused();
        }
        documents.logAccess(documentId, document.get().organisationId(), actor.username(), clock.instant());
        return new Granted(document.get(), documents.content(documentId));
    }

    private boolean mayRead(Actor actor, String organisationId) {
        return links.actsFor(actor, organisationId) || (!actor.isApplicantOnly() && Agents.mayEnterApplications(actor));
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " Mo";
    }
}
