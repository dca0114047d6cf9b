package fr.essor.funding.portal.infrastructure;

import java.time.Instant;

/** How a link is stored (collection {@code portal_links}, id {@code <account>~<organisationId>}). */
record LinkDocument(String id, String account, String organisationId, String organisationName, String status,
                    String note, long version, Instant requestedAt, Instant decidedAt, String decidedBy) {
}
