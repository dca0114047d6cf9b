package fr.essor.roadmap.reviews.infrastructure;

import java.util.List;

/** The JSON payload of {@code quarterly-review-published.v1} (contracts/schemas/quarterly-review-published.v1.json). */
record QuarterlyReviewPublishedPayload(String eventId, String reviewId, long version, int year, int quarter,
                                       String periodStart, String consolidatedAt, int actionCount, int updatedCount,
                                       List<ActionPayload> actions, String occurredAt, String recordedBy) {

    record ActionPayload(String actionCode, String status, int progress, boolean updated, boolean blocked) {
    }
}
