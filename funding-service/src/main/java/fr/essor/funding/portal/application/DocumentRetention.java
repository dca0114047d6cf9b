package fr.essor.funding.portal.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.portal.domain.RetentionPolicy;
import fr.essor.funding.portal.domain.StoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the organisations' documents past their retention period ({@link RetentionPolicy}): the file and its
 * chunks in GridFS, with a log line and an audit record of what was deleted (document, organisation, kind, name,
 * upload date), why and when. The audit is written first: a document is never deleted without its record.
 */
public class DocumentRetention {

    private static final Logger log = LoggerFactory.getLogger(DocumentRetention.class);

    private final OrganisationDocuments documents;
    private final Applications applications;
    private final RetentionPolicy policy;
    private final RetentionAudit audit;
    private final Clock clock;

    public DocumentRetention(OrganisationDocuments documents, Applications applications, RetentionPolicy policy,
                             RetentionAudit audit, Clock clock) {
        this.documents = documents;
        this.applications = applications;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** One pass over every stored document; returns how many it deleted. */
    public int run() {
        Instant now = clock.instant();
        Map<String, List<StoredDocument>> byOrganisation = documents.all().stream()
                .collect(Collectors.groupingBy(StoredDocument::organisationId));
        int deleted = 0;
        for (Map.Entry<String, List<StoredDocument>> organisation : byOrganisation.entrySet()) {
            List<RetentionPolicy.FileState> files = applications.forOrganisations(List.of(organisation.getKey()))
                    .stream().map(DocumentRetention::state).toList();
            for (StoredDocument document : organisation.getValue()) {
                Optional<String> reason = policy.reasonToDelete(document, files, now);
                if (reason.isPresent()) {
                    audit.deleted(document, reason.get(), now);
                    documents.delete(document.id());
                    log.info("Retention: document {} of organisation {} ({}, uploaded {}) deleted: {}", document.id(),
                            document.organisationId(), document.kind(), document.uploadedAt(), reason.get());
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static RetentionPolicy.FileState state(Application application) {
        return new RetentionPolicy.FileState(application.status().isFinal(), application.updatedAt());
    }
}
