package fr.essor.procurement.sourcing.application;

import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.domain.Violation;
import fr.essor.procurement.sourcing.domain.Meeting;
import fr.essor.procurement.sourcing.domain.MeetingForm;
import fr.essor.procurement.sourcing.domain.SourcingNeed;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The use cases of buyer ↔ supplier meetings: organising one, adding a participant organisation (from the registry,
 * by SIRET or RNA), adding a sourcing need discussed. Each loads the meeting, calls one domain method, saves once.
 */
public class SourcingMeetings {

    private final Meetings meetings;
    private final Organisations organisations;
    private final SourcingNeeds needs;
    private final Clock clock;

    public SourcingMeetings(Meetings meetings, Organisations organisations, SourcingNeeds needs, Clock clock) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.needs = needs;
        this.clock = clock;
    }

    public sealed interface Outcome permits Done, Rejected, Unknown {
    }

    public record Done(Meeting meeting) implements Outcome {
    }

    public record Rejected(List<Violation> violations) implements Outcome {
    }

    public record Unknown(String meetingId) implements Outcome {
    }

    public Outcome organise(MeetingForm form, String agent) {
        String id = "RC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return switch (Meeting.organise(id, form, agent, clock.instant())) {
            case Meeting.Refused refused -> new Rejected(refused.violations());
            case Meeting.Changed organised -> {
                meetings.add(organised.meeting());
                yield new Done(organised.meeting());
            }
        };
    }

    public Outcome addParticipant(String meetingId, String organisationId, String agent) {
        Optional<Meeting> found = meetings.find(meetingId);
        if (found.isEmpty()) {
            return new Unknown(meetingId);
        }
        String key = organisationId == null ? "" : organisationId.replace(" ", "").trim().toUpperCase(Locale.ROOT);
        Optional<Organisation> organisation = key.isEmpty() ? Optional.empty() : organisations.findByIdentifier(key);
        if (organisation.isEmpty()) {
            return new Rejected(List.of(new Violation("organisationId", "organisation.unknown", "« " + key
                    + " » n'est pas une structure du registre : indiquez son SIRET (14 chiffres) ou son numéro RNA, "
                    + "ou enregistrez-la d'abord.")));
        }
        Meeting meeting = found.get();
        return saved(meeting, meeting.addParticipant(organisation.get().id(), organisation.get().details().name(),
                agent, clock.instant()));
    }

    public Outcome discuss(String meetingId, String needId, String agent) {
        Optional<Meeting> found = meetings.find(meetingId);
        if (found.isEmpty()) {
            return new Unknown(meetingId);
        }
        String key = needId == null ? "" : needId.trim().toUpperCase(Locale.ROOT);
        Optional<SourcingNeed> need = key.isEmpty() ? Optional.empty() : needs.find(key);
        if (need.isEmpty()) {
            return new Rejected(List.of(new Violation("needId", "need.unknown",
                    "« " + key + " » n'est pas un besoin de sourcing publié (ex. BS-3F2A9C1D).")));
        }
        Meeting meeting = found.get();
        return saved(meeting, meeting.discuss(key, need.get().terms().object(), agent, clock.instant()));
    }

    public Optional<Meeting> find(String meetingId) {
        return meetings.find(meetingId);
    }

    public List<Meeting> all() {
        return meetings.all();
    }

    public List<Meeting> discussing(String needId) {
        return meetings.discussing(needId);
    }

    private Outcome saved(Meeting current, Meeting.Outcome outcome) {
        return switch (outcome) {
            case Meeting.Refused refused -> new Rejected(refused.violations());
            case Meeting.Changed changed -> {
                meetings.save(changed.meeting(), current.version());
                yield new Done(changed.meeting());
            }
        };
    }
}
