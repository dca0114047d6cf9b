package fr.essor.roadmap.reviews.infrastructure;

import java.time.Instant;
import java.util.List;

/** How a review is stored (collection {@code roadmap_reviews}, id = quarter, e.g. {@code 2026-T3}), outbox included. */
record ReviewDocument(String id, int year, int quarter, String status, Instant periodStart,
                      List<ReviewedActionDocument> actions, List<UpdateDocument> updates, Instant openedAt,
                      String openedBy, Instant consolidatedAt, String consolidatedBy, Instant publishedAt,
                      String publishedBy, long version) {

    record ReviewedActionDocument(String code, String title, List<String> leadDirectorates, String status,
                                  int progress) {
    }

    record UpdateDocument(String actionCode, String status, int progress, String comment, String blockingPoints,
                          Instant submittedAt, String submittedBy) {
    }
}
