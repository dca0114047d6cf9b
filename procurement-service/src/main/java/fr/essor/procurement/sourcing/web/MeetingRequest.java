package fr.essor.procurement.sourcing.web;

import fr.essor.procurement.sourcing.domain.MeetingKind;

import fr.essor.procurement.sourcing.domain.MeetingForm;

import java.time.LocalDate;

/** A meeting on the API: kind FABRIQUE_DES_JEUX, ASSISES_ACHATS or OTHER. */
record MeetingRequest(@fr.essor.kit.apidocs.Bounds.OneOf(MeetingKind.class) String kind, @fr.essor.kit.apidocs.Bounds.Text(200) String title, LocalDate heldOn,
                      @fr.essor.kit.apidocs.Bounds.Text(200) String place) {

    MeetingForm toForm() {
        return new MeetingForm(kind, title, heldOn, place);
    }
}
