package fr.essor.funding.portal.domain;

import java.time.Instant;

/** A document of an organisation as stored: what it is, its format and size, who gave it and when. */
public record StoredDocument(String id, String organisationId, DocumentKind kind, String fileName,
                             DocumentFormat format, long size, Instant uploadedAt, String uploadedBy) {
}
