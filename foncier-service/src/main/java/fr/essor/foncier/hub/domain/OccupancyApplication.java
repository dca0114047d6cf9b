package fr.essor.foncier.hub.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An organisation's application to a call for occupancy, and the hub managers' selection. */
public record OccupancyApplication(String id, String callId, String organisationId, String organisationName,
                                   Project project, ApplicationStatus status, String decisionNote, long version,
                                   Instant submittedAt, String submittedBy, Instant updatedAt, String updatedBy) {

    /** The shape of an application's id ({@code CAND-2026-0004}). */
    public static final String ID_PATTERN = "CAND-\\d{4}-\\d{4,6}";

    public sealed interface Outcome permits Decided, Refused {
    }

    public record Decided(OccupancyApplication application) implements Outcome {
    }

    public record Refused(List<Violation> refusals) implements Outcome {
    }

    public static final int MAX_TITLE = 200;
    /** The intended use, the contribution to the hub's collective project, a decision's note: a few paragraphs. */
    public static final int MAX_TEXT = 4000;
    /** The largest space of the hub is well below this (10 000 m² in all). */
    public static final int MAX_SURFACE = 10_000;
    /** A plausibility ceiling on the stay asked for (10 years): beyond, it is a lease, not a stay at the hub. */
    public static final int MAX_MONTHS = 120;

    /** Submits an application, unless the call's deadline has passed or the project is incomplete. */
    public static Outcome submit(String id, OccupancyCall call, String organisationId, String organisationName,
                                 Project project, String by, Instant at, LocalDate today) {
        List<Violation> refusals = check(call, project, today);
        if (!refusals.isEmpty()) {
            return new Refused(refusals);
        }
        return new Decided(new OccupancyApplication(id, call.id(), organisationId, organisationName, project,
                ApplicationStatus.SUBMITTED, null, 1, at, by, at, by));
    }

    /**
     * Every reason an application with this project to this call is refused {@code today}; empty when it is
     * accepted. Asked before the application is numbered, so that a refusal uses up no reference number.
     */
    public static List<Violation> check(OccupancyCall call, Project project, LocalDate today) {
        List<Violation> refusals = new java.util.ArrayList<>();
        if (!call.acceptsOn(today)) {
            refusals.add(new Violation("callId", "call.closed", "L'appel « " + call.title()
                    + " » est clos depuis le " + fr.essor.kit.ui.FrenchFormat.date(call.deadline())
                    + "."));
        }
        if (blank(project.title())) {
            refusals.add(new Violation("title", "title.required", "Décrivez le projet en une ligne."));
        }
        InputBounds.text("title", project.title(), MAX_TITLE).ifPresent(refusals::add);
        if (blank(project.intendedUse())) {
            refusals.add(new Violation("intendedUse", "intendedUse.required", "Indiquez l'usage prévu des lieux."));
        }
        InputBounds.text("intendedUse", project.intendedUse(), MAX_TEXT).ifPresent(refusals::add);
        if (project.wishedType() == null) {
            refusals.add(new Violation("wishedType", "wishedType.required",
                    "Choisissez le type d'espace souhaité (tertiaire, productif, convivial ou créatif)."));
        }
        if (project.wishedSurface() == null) {
            refusals.add(new Violation("wishedSurface", "wishedSurface.required",
                    "Indiquez la surface souhaitée, en m² (au moins 1)."));
        } else {
            InputBounds.whole("wishedSurface", project.wishedSurface().longValue(), 1, MAX_SURFACE)
                    .ifPresent(refusals::add);
        }
        if (project.startDate() == null) {
            refusals.add(new Violation("startDate", "startDate.required",
                    "Indiquez la date d'entrée souhaitée (jj/mm/aaaa)."));
        }
        if (project.durationMonths() == null) {
            refusals.add(new Violation("durationMonths", "durationMonths.required",
                    "Indiquez la durée d'occupation souhaitée, en mois (au moins 1)."));
        } else {
            InputBounds.whole("durationMonths", project.durationMonths().longValue(), 1, MAX_MONTHS)
                    .ifPresent(refusals::add);
        }
        if (blank(project.contribution())) {
            refusals.add(new Violation("contribution", "contribution.required",
                    "Dites ce que la structure apportera au projet collectif du pôle."));
        }
        InputBounds.text("contribution", project.contribution(), MAX_TEXT).ifPresent(refusals::add);
        InputBounds.date("startDate", project.startDate()).ifPresent(refusals::add);
        return refusals;
    }

    /** The hub managers' selection: retained, put on the waiting list, or not retained (with a reason). */
    public Outcome decide(ApplicationStatus decision, String note, String by, Instant at) {
        if (decision == null || decision == ApplicationStatus.SUBMITTED) {
            return new Refused(List.of(new Violation("status", "status.unknown",
                    "Choisissez : retenue, liste d'attente ou non retenue.")));
        }
        if (decision == ApplicationStatus.REJECTED && blank(note)) {
            return new Refused(List.of(new Violation("note", "note.required",
                    "Motivez la décision : la structure y a droit.")));
        }
        var tooLong = InputBounds.text("note", note, MAX_TEXT);
        if (tooLong.isPresent()) {
            return new Refused(List.of(tooLong.get()));
        }
        if (decision == status && java.util.Objects.equals(note, decisionNote)) {
            return new Decided(this);
        }
        return new Decided(new OccupancyApplication(id, callId, organisationId, organisationName, project, decision,
                blank(note) ? null : note.strip(), version + 1, submittedAt, submittedBy, at, by));
    }

    /** Whether the space suits what was asked: the same type, and at least the surface wished minus a quarter. */
    public boolean fits(Space space) {
        return space.details().type() == project.wishedType()
                && space.details().surface() * 4 >= project.wishedSurface() * 3;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
