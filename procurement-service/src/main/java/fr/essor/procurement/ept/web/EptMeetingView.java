package fr.essor.procurement.ept.web;

import fr.essor.procurement.sourcing.domain.MeetingKind;
import fr.essor.procurement.sourcing.domain.Meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A buyer ↔ supplier meeting as an EPT may read it, to invite the suppliers of its territory: kind, title, date,
 * place, the sourcing needs discussed and how many organisations take part. Never the participants' names (only
 * their number) nor the usernames of the agents who recorded them.
 */
record EptMeetingView(String id, MeetingKind kind, String kindLabel, String title, LocalDate heldOn, String place,
                      List<DiscussedNeedView> needs, int participatingOrganisations, Instant changedAt) {

    /** A sourcing need presented at the meeting (see the sourcing-needs feed for its terms). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EptDiscussedNeedView")
    record DiscussedNeedView(String needId, String object) {
    }

    static EptMeetingView of(Meeting meeting) {
        return new EptMeetingView(meeting.id(), meeting.kind(), meeting.kind().label(), meeting.title(),
                meeting.heldOn(), meeting.place(),
                meeting.needs().stream().map(n -> new DiscussedNeedView(n.needId(), n.object())).toList(),
                meeting.participants().size(), meeting.updatedAt());
    }
}
