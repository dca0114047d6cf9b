package fr.essor.roadmap.reviews.domain;

import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.roadmap.plan.domain.Editor;
import fr.essor.kit.domain.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The quarterly inter-directorate review (comité de suivi trimestriel) of every action of the roadmap. The SENS
 * opens it for a quarter; each lead directorate submits its update per action it leads; the SENS consolidates it
 * (updates close), then publishes it. It covers what happened since the previous review ({@code periodStart}) up to
 * its consolidation.
 */
public final class QuarterlyReview {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int MAX_TEXT = 4000;

    private final Quarter quarter;
    private final ReviewStatus status;
    private final Instant periodStart;
    private final List<ReviewedAction> actions;
    private final List<ActionUpdate> updates;
    private final Instant openedAt;
    private final String openedBy;
    private final Instant consolidatedAt;
    private final String consolidatedBy;
    private final Instant publishedAt;
    private final String publishedBy;
    private final long version;

    public QuarterlyReview(Quarter quarter, ReviewStatus status, Instant periodStart, List<ReviewedAction> actions,
                           List<ActionUpdate> updates, Instant openedAt, String openedBy, Instant consolidatedAt,
                           String consolidatedBy, Instant publishedAt, String publishedBy, long version) {
        this.quarter = Objects.requireNonNull(quarter, "quarter");
        this.status = Objects.requireNonNull(status, "status");
        this.periodStart = Objects.requireNonNull(periodStart, "periodStart");
        this.actions = List.copyOf(actions);
        this.updates = List.copyOf(updates);
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.consolidatedAt = consolidatedAt;
        this.consolidatedBy = consolidatedBy;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.version = version;
    }

    /**
     * Opens the review of a quarter that has begun, over the actions as they stand. It covers what happened since the
     * previous review was consolidated (or opened, if it never was), or since the start of the quarter for the first
     * one.
     */
    public static ReviewOutcome open(Quarter quarter, List<Action> actions, Optional<QuarterlyReview> previous,
                                     Editor editor, Instant now) {
        if (!editor.steering()) {
            return new ReviewOutcome.Forbidden("Seuls la DIEESS (SENS) et l'administration ouvrent un comité de "
                    + "suivi trimestriel.");
        }
        if (quarter.firstDay().isAfter(LocalDate.ofInstant(now, PARIS))) {
            return refused("quarter", "quarter.notStarted", "Le " + quarter.label()
                    + " n'a pas commencé : on ne peut pas encore ouvrir son comité.");
        }
        Instant periodStart = previous.map(QuarterlyReview::periodEnd)
                .orElse(quarter.firstDay().atStartOfDay(PARIS).toInstant());
        List<ReviewedAction> reviewed = actions.stream().map(a -> new ReviewedAction(a.code().toString(), a.title(),
                a.leadDirectorates(), a.status(), a.progress())).toList();
        return new ReviewOutcome.Changed(new QuarterlyReview(quarter, ReviewStatus.OPEN, periodStart, reviewed,
                List.of(), now, editor.username(), null, null, null, null, 1), Optional.empty());
    }

    /** Whether this editor may submit the update of this action: one of its lead directorates, or the steering. */
    public boolean canBeUpdatedBy(ReviewedAction action, Editor editor) {
        return editor.steering() || editor.directorates().stream().anyMatch(action.leadDirectorates()::contains);
    }

    public ReviewOutcome submit(UpdateRequest request, Editor editor, Instant now) {
        Optional<ReviewedAction> found = action(request.actionCode());
        if (found.isEmpty()) {
            return new ReviewOutcome.Missing("L'action " + request.actionCode() + " ne fait pas partie du comité "
                    + quarter.label() + ".");
        }
        ReviewedAction action = found.get();
        if (!canBeUpdatedBy(action, editor)) {
            String leads = action.leadDirectorates().isEmpty() ? "aucune direction pilote n'est désignée"
                    : "ses directions pilotes sont " + action.leadDirectorates().stream()
                            .map(Directorate::shortLabel).collect(Collectors.joining(", "));
            return new ReviewOutcome.Forbidden("Seules les directions pilotes de l'action " + action.code()
                    + ", la DIEESS et l'administration peuvent transmettre sa mise à jour (" + leads + ").");
        }
        if (status != ReviewStatus.OPEN) {
            return refused("status", "review.closed", "Le comité du " + quarter.label()
                    + " est consolidé : les mises à jour sont closes.");
        }
        List<Violation> violations = new ArrayList<>();
        if (request.status() == null) {
            violations.add(new Violation("status", "status.required", "Choisissez un statut."));
        }
        if (request.progress() == null || request.progress() < 0 || request.progress() > 100) {
            violations.add(new Violation("progress", "progress.range",
                    "L'avancement est un pourcentage entre 0 et 100."));
        } else if (request.status() == ActionStatus.DONE && request.progress() != 100) {
            violations.add(new Violation("progress", "progress.done", "Une action réalisée est avancée à 100 %."));
        } else if (request.status() == ActionStatus.PLANNED && request.progress() != 0) {
            violations.add(new Violation("progress", "progress.planned",
                    "Une action à venir n'a pas commencé : son avancement est de 0 %."));
        }
        String comment = cleaned(request.comment());
        String blockingPoints = cleaned(request.blockingPoints());
        if (comment != null && comment.length() > MAX_TEXT) {
            violations.add(new Violation("comment", "comment.size",
                    "Le commentaire ne doit pas dépasser 4 000 caractères."));
        }
        if (blockingPoints != null && blockingPoints.length() > MAX_TEXT) {
            violations.add(new Violation("blockingPoints", "blockingPoints.size",
                    "Les points de blocage ne doivent pas dépasser 4 000 caractères."));
        }
        if (request.status() == ActionStatus.BLOCKED && blockingPoints == null) {
            violations.add(new Violation("blockingPoints", "blockingPoints.required",
                    "Une action bloquée indique ses points de blocage."));
        }
        if (!violations.isEmpty()) {
            return new ReviewOutcome.Refused(violations);
        }
        List<ActionUpdate> next = new ArrayList<>(updates);
        next.removeIf(u -> u.actionCode().equals(action.code()));
        next.add(new ActionUpdate(action.code(), request.status(), request.progress(), comment, blockingPoints, now,
                editor.username()));
        return changed(ReviewStatus.OPEN, next, consolidatedAt, consolidatedBy, null, null);
    }

    /** The SENS closes the updates: the review is what the committee discusses. */
    public ReviewOutcome consolidate(Editor editor, Instant now) {
        if (!editor.steering()) {
            return new ReviewOutcome.Forbidden("Seuls la DIEESS (SENS) et l'administration consolident le comité.");
        }
        if (status != ReviewStatus.OPEN) {
            return refused("status", "review.alreadyConsolidated", "Le comité du " + quarter.label()
                    + " est déjà consolidé.");
        }
        return changed(ReviewStatus.CONSOLIDATED, updates, now, editor.username(), null, null);
    }

    /** Publishes a consolidated review: the fact tells the EPTs and the other systems what it retained. */
    public ReviewOutcome publish(Editor editor, Instant now, String eventId) {
        if (!editor.steering()) {
            return new ReviewOutcome.Forbidden("Seuls la DIEESS (SENS) et l'administration publient le comité.");
        }
        if (status == ReviewStatus.PUBLISHED) {
            return refused("status", "review.alreadyPublished", "Le comité du " + quarter.label()
                    + " est déjà publié.");
        }
        if (status != ReviewStatus.CONSOLIDATED) {
            return refused("status", "review.notConsolidated", "Consolidez le comité avant de le publier.");
        }
        QuarterlyReview next = new QuarterlyReview(quarter, ReviewStatus.PUBLISHED, periodStart, actions, updates,
                openedAt, openedBy, consolidatedAt, consolidatedBy, now, editor.username(), version + 1);
        List<QuarterlyReviewPublished.ActionOutcome> outcomes = actions.stream().map(a -> {
            Optional<ActionUpdate> update = update(a.code());
            return new QuarterlyReviewPublished.ActionOutcome(a.code(),
                    update.map(ActionUpdate::status).orElse(a.status()),
                    update.map(ActionUpdate::progress).orElse(a.progress()), update.isPresent(),
                    update.map(ActionUpdate::hasBlockingPoints).orElse(false));
        }).toList();
        return new ReviewOutcome.Changed(next, Optional.of(new QuarterlyReviewPublished(eventId, quarter.id(),
                next.version, quarter.year(), quarter.quarter(), periodStart, consolidatedAt, outcomes, now,
                editor.username())));
    }

    /** Where the period of the next review starts: this one's consolidation, or its opening if not consolidated. */
    public Instant periodEnd() {
        return consolidatedAt != null ? consolidatedAt : openedAt;
    }

    public Optional<ReviewedAction> action(String code) {
        return actions.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<ActionUpdate> update(String code) {
        return updates.stream().filter(u -> u.actionCode().equals(code)).findFirst();
    }

    public String id() {
        return quarter.id();
    }

    private ReviewOutcome changed(ReviewStatus nextStatus, List<ActionUpdate> nextUpdates, Instant nextConsolidatedAt,
                                  String nextConsolidatedBy, Instant nextPublishedAt, String nextPublishedBy) {
        return new ReviewOutcome.Changed(new QuarterlyReview(quarter, nextStatus, periodStart, actions, nextUpdates,
                openedAt, openedBy, nextConsolidatedAt, nextConsolidatedBy, nextPublishedAt, nextPublishedBy,
                version + 1), Optional.empty());
    }

    private static ReviewOutcome refused(String field, String code, String message) {
        return new ReviewOutcome.Refused(List.of(new Violation(field, code, message)));
    }

    private static String cleaned(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Quarter quarter() {
        return quarter;
    }

    public ReviewStatus status() {
        return status;
    }

    public Instant periodStart() {
        return periodStart;
    }

    public List<ReviewedAction> actions() {
        return actions;
    }

    public List<ActionUpdate> updates() {
        return updates;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant consolidatedAt() {
        return consolidatedAt;
    }

    public String consolidatedBy() {
        return consolidatedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public long version() {
        return version;
    }
}
