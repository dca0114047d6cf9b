package fr.essor.funding.portal.application;

import java.time.Instant;

import fr.essor.funding.portal.domain.StoredDocument;

/** The record of what the retention deleted and when (collection {@code portal_retention_log}); never deleted. */
public interface RetentionAudit {

    void deleted(StoredDocument document, String reason, Instant at);
}
