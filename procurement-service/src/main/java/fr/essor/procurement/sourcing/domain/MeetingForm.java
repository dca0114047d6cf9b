package fr.essor.procurement.sourcing.domain;

import fr.essor.kit.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A meeting as typed in, before any check. */
public record MeetingForm(String kind, String title, LocalDate heldOn, String place) {

    public static final int MAX_TEXT = 200;

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(MeetingKind kind, String title, LocalDate heldOn, String place) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    public Checked check() {
        List<Violation> violations = new ArrayList<>();
        MeetingKind meetingKind = MeetingKind.parse(kind).orElse(null);
        if (meetingKind == null) {
            violations.add(new Violation("kind", kind == null || kind.isBlank() ? "kind.required" : "kind.unknown",
                    "Choisissez le type de rencontre : Fabrique des Jeux, Assises des achats socialement "
                            + "responsables ou autre."));
        }
        String titleText = title == null || title.isBlank() ? null : title.trim();
        if (titleText == null) {
            violations.add(new Violation("title", "title.required", "Donnez un intitulé à la rencontre."));
        } else if (titleText.length() > MAX_TEXT) {
            violations.add(new Violation("title", "title.size",
                    "L'intitulé ne doit pas dépasser " + MAX_TEXT + " caractères."));
        }
        if (heldOn == null) {
            violations.add(new Violation("heldOn", "heldOn.required", "La date de la rencontre est obligatoire."));
        }
        fr.essor.kit.domain.InputBounds.date("heldOn", heldOn).ifPresent(violations::add);
        String placeText = place == null || place.isBlank() ? null : place.trim();
        if (placeText != null && placeText.length() > MAX_TEXT) {
            violations.add(new Violation("place", "place.size",
                    "Le lieu ne doit pas dépasser " + MAX_TEXT + " caractères."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(meetingKind, titleText, heldOn, placeText);
    }
}
