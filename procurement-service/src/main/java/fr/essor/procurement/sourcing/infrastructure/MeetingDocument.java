package fr.essor.procurement.sourcing.infrastructure;

import java.time.Instant;
import java.util.List;

/** How a meeting is stored (collection {@code sourcing-meetings}); dates ISO. */
record MeetingDocument(String id, String kind, String title, String heldOn, String place,
                       List<ParticipantDocument> participants, List<DiscussedNeedDocument> needs,
                       List<String> needIds, long version, Instant createdAt, String createdBy, Instant updatedAt,
                       String updatedBy) {

    record ParticipantDocument(String organisationId, String name, Instant addedAt, String addedBy) {
    }

    record DiscussedNeedDocument(String needId, String object, Instant addedAt, String addedBy) {
    }
}
