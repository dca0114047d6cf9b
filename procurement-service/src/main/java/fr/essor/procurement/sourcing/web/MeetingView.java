package fr.essor.procurement.sourcing.web;

import fr.essor.procurement.sourcing.domain.DiscussedNeed;
import fr.essor.procurement.sourcing.domain.Meeting;
import fr.essor.procurement.sourcing.domain.Participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting on the API, with its participant organisations and the needs discussed. */
record MeetingView(String id, String kind, String kindLabel, String title, LocalDate heldOn, String place,
                   List<Participant> participants, List<DiscussedNeed> needs, long version, Instant createdAt,
                   String createdBy, Instant updatedAt, String updatedBy) {

    static MeetingView of(Meeting m) {
        return new MeetingView(m.id(), m.kind().name(), m.kind().label(), m.title(), m.heldOn(), m.place(),
                m.participants(), m.needs(), m.version(), m.createdAt(), m.createdBy(), m.updatedAt(), m.updatedBy());
    }
}
