package fr.essor.procurement.sourcing.domain;

import fr.essor.kit.domain.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A buyer ↔ ESS supplier meeting (Fabrique des Jeux, Assises des achats socialement responsables…): the organisations
 * that took part and the sourcing needs discussed. Every change says who and when.
 *
 * @see MeetingKind
 */
public final class Meeting {

    private final String id;
    private final MeetingKind kind;
    private final String title;
    private final LocalDate heldOn;
    private final String place;
    private final List<Participant> participants;
    private final List<DiscussedNeed> needs;
    private final long version;
    private final Instant createdAt;
    private final String createdBy;
    private final Instant updatedAt;
    private final String updatedBy;

    public Meeting(String id, MeetingKind kind, String title, LocalDate heldOn, String place,
                   List<Participant> participants, List<DiscussedNeed> needs, long version, Instant createdAt,
                   String createdBy, Instant updatedAt, String updatedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
        this.place = place;
        this.participants = List.copyOf(participants);
        this.needs = List.copyOf(needs);
        this.version = version;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public sealed interface Outcome permits Changed, Refused {
    }

    public record Changed(Meeting meeting) implements Outcome {
    }

    public record Refused(List<Violation> violations) implements Outcome {
    }

    public static Outcome organise(String id, MeetingForm form, String by, Instant at) {
        return switch (form.check()) {
            case MeetingForm.Invalid invalid -> new Refused(invalid.violations());
            case MeetingForm.Valid valid -> new Changed(new Meeting(id, valid.kind(), valid.title(), valid.heldOn(),
                    valid.place(), List.of(), List.of(), 1, at, by, at, by));
        };
    }

    /** Adds an organisation of the registry to the participants, once. */
    public Outcome addParticipant(String organisationId, String name, String by, Instant at) {
        if (participants.stream().anyMatch(p -> p.organisationId().equals(organisationId))) {
            return new Refused(List.of(new Violation("organisationId", "participant.duplicate",
                    name + " participe déjà à cette rencontre.")));
        }
        List<Participant> next = new ArrayList<>(participants);
        next.add(new Participant(organisationId, name, at, by));
        return new Changed(new Meeting(id, kind, title, heldOn, place, next, needs, version + 1, createdAt, createdBy,
                at, by));
    }

    /** Adds a sourcing need to those discussed, once. */
    public Outcome discuss(String needId, String object, String by, Instant at) {
        if (needs.stream().anyMatch(n -> n.needId().equals(needId))) {
            return new Refused(List.of(new Violation("needId", "need.duplicate",
                    "Le besoin " + needId + " figure déjà parmi les besoins discutés.")));
        }
        List<DiscussedNeed> next = new ArrayList<>(needs);
        next.add(new DiscussedNeed(needId, object, at, by));
        return new Changed(new Meeting(id, kind, title, heldOn, place, participants, next, version + 1, createdAt,
                createdBy, at, by));
    }

    public String id() {
        return id;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    /** Where it was held, {@code null} when not said. */
    public String place() {
        return place;
    }

    public List<Participant> participants() {
        return participants;
    }

    public List<DiscussedNeed> needs() {
        return needs;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
