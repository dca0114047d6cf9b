package fr.essor.procurement.sourcing;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.sourcing.domain.Meeting;
import fr.essor.procurement.sourcing.domain.MeetingForm;
import fr.essor.procurement.sourcing.domain.MeetingKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A buyer ↔ supplier meeting: its kind, its participant organisations and the needs discussed, each once. */
class MeetingTest {

    static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void aMeetingHasAKnownKindATitleAndADate() {
        assertThat(((Meeting.Refused) Meeting.organise("RC-1", new MeetingForm("SALON", " ", null, null), "achats",
                NOW)).violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("kind.unknown", "title.required", "heldOn.required");

        Meeting meeting = ((Meeting.Changed) Meeting.organise("RC-1", new MeetingForm("fabrique_des_jeux",
                "Fabrique des Jeux 2027", LocalDate.of(2027, 3, 12), ""), "achats", NOW)).meeting();
        assertThat(meeting.kind()).isEqualTo(MeetingKind.FABRIQUE_DES_JEUX);
        assertThat(meeting.place()).isNull();
        assertThat(meeting.createdBy()).isEqualTo("achats");
    }

    @Test
    void aMeetingIsHeldInTheDatesWindow() {
        assertThat(((Meeting.Refused) Meeting.organise("RC-1", new MeetingForm("ASSISES_ACHATS", "Assises",
                LocalDate.of(2999, 1, 1), null), "achats", NOW)).violations()).extracting(Violation::code)
                .containsExactly("heldOn.date-range");
    }

    @Test
    void anOrganisationTakesPartAndANeedIsDiscussedOnlyOnce() {
        Meeting meeting = ((Meeting.Changed) Meeting.organise("RC-1", new MeetingForm("ASSISES_ACHATS",
                "Assises 2027", LocalDate.of(2027, 6, 1), "Bobigny"), "achats", NOW)).meeting();

        Meeting withRegie = ((Meeting.Changed) meeting.addParticipant("73282932000074", "Régie", "facilitateur", NOW))
                .meeting();
        Meeting withNeed = ((Meeting.Changed) withRegie.discuss("BS-1", "Espaces verts", "facilitateur", NOW))
                .meeting();

        assertThat(withNeed.participants()).extracting(p -> p.name()).containsExactly("Régie");
        assertThat(withNeed.needs()).extracting(n -> n.needId()).containsExactly("BS-1");
        assertThat(withNeed.version()).isEqualTo(3);
        assertThat(((Meeting.Refused) withNeed.addParticipant("73282932000074", "Régie", "achats", NOW)).violations())
                .extracting(Violation::code).containsExactly("participant.duplicate");
        assertThat(((Meeting.Refused) withNeed.discuss("BS-1", "Espaces verts", "achats", NOW)).violations())
                .extracting(Violation::code).containsExactly("need.duplicate");
    }
}
