package fr.essor.roadmap.plan.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One of the roadmap's actions and how it is going. Its code and title come from the reference data; its lead
 * directorates and partners too, until a user takes them over; the rest (status, progress, dates, milestones, notes,
 * budget, linked indicators) is what the directorates enter. Every change is kept in its history, and a status
 * change is a fact other systems learn.
 */
public final class Action {

    /** The author of changes that come from the reference file. */
    public static final String REFERENCE_AUTHOR = "référentiel";
    public static final String LEAD_DIRECTORATES = "leadDirectorates";
    public static final String PARTNERS = "partners";
    public static final int FIRST_BUDGET_YEAR = 2024;
    public static final int LAST_BUDGET_YEAR = 2028;

    private static final Pattern INDICATOR_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** The longest milestone title and follow-up note. */
    public static final int MAX_TEXT = 200;
    public static final int MAX_NOTE = 4000;
    private static final int MAX_ITEMS = 30;

    private final ActionCode code;
    private final String title;
    private final List<Directorate> leadDirectorates;
    private final List<String> partners;
    private final Set<String> userEdited;
    private final ActionStatus status;
    private final int progress;
    private final List<Directorate> coLeadDirectorates;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final List<Milestone> milestones;
    private final List<FollowUpNote> notes;
    private final List<BudgetLine> budget;
    private final List<String> indicatorIds;
    private final List<ActionChange> history;
    private final long version;
    private final Instant updatedAt;
    private final String updatedBy;

    public Action(ActionCode code, String title, Collection<Directorate> leadDirectorates, List<String> partners,
                  Set<String> userEdited, ActionStatus status, int progress,
                  Collection<Directorate> coLeadDirectorates, LocalDate startDate, LocalDate endDate,
                  List<Milestone> milestones, List<FollowUpNote> notes, List<BudgetLine> budget,
                  List<String> indicatorIds, List<ActionChange> history, long version, Instant updatedAt,
                  String updatedBy) {
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.leadDirectorates = sorted(leadDirectorates);
        this.partners = List.copyOf(partners);
        this.userEdited = Set.copyOf(userEdited);
        this.status = Objects.requireNonNull(status, "status");
        this.progress = progress;
        this.coLeadDirectorates = sorted(coLeadDirectorates);
        this.startDate = startDate;
        this.endDate = endDate;
        this.milestones = milestones.stream().sorted(Comparator.comparing(Milestone::dueDate)).toList();
        this.notes = List.copyOf(notes);
        this.budget = budget.stream().sorted(Comparator.comparingInt(BudgetLine::year)).toList();
        this.indicatorIds = List.copyOf(indicatorIds);
        this.history = List.copyOf(history);
        this.version = version;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /** A new action as the reference file describes it: to come, 0 %, version 1. */
    public static Action fromReference(RoadmapReference.ReferenceAction reference, Instant at) {
        return new Action(reference.code(), reference.title(), reference.leadDirectorates(), reference.partners(),
                Set.of(), ActionStatus.PLANNED, 0, List.of(), null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), 1, at, REFERENCE_AUTHOR);
    }

    /**
     * The action with what the reference file now says: its title always, its lead directorates and partners unless
     * a user has taken them over. Empty when nothing differs. What users entered is never touched.
     */
    public Optional<Action> withReference(RoadmapReference.ReferenceAction reference, Instant at) {
        Draft draft = new Draft();
        draft.title = reference.title();
        if (!userEdited.contains(LEAD_DIRECTORATES)) {
            draft.leadDirectorates = sorted(reference.leadDirectorates());
        }
        if (!userEdited.contains(PARTNERS)) {
            draft.partners = List.copyOf(reference.partners());
        }
        return draft.changes().isEmpty() ? Optional.empty() : Optional.of(draft.build(at, REFERENCE_AUTHOR));
    }

    /**
     * Whether this editor may change the action: a directorate that leads it, or those who steer the roadmap.
     * Everyone signed in may read it.
     */
    public boolean canBeChangedBy(Editor editor) {
        return editor.steering() || editor.directorates().stream().anyMatch(leadDirectorates::contains);
    }

    /** Changes the tracking of the action (status, progress, directorates, partners, dates, linked indicators). */
    public ActionOutcome edit(ActionEdit edit, Editor editor, Instant at) {
        Optional<ActionOutcome.Forbidden> forbidden = checkEditor(editor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        Draft draft = new Draft();
        List<Violation> violations = new ArrayList<>();
        if (edit.status() != null) {
            draft.status = edit.status();
        }
        if (edit.progress() != null) {
            draft.progress = edit.progress();
        } else if (draft.status == ActionStatus.DONE && status != ActionStatus.DONE) {
            draft.progress = 100; // finishing an action without saying its progress means it is complete
        }
        if (edit.leadDirectorates() != null) {
            draft.leadDirectorates = sorted(edit.leadDirectorates());
            if (!draft.leadDirectorates.equals(leadDirectorates)) {
                if (!editor.steering()) {
                    return new ActionOutcome.Forbidden("Seules la DIEESS et l'administration peuvent changer les "
                            + "directions pilotes d'une action.");
                }
                draft.userEdited.add(LEAD_DIRECTORATES);
            }
        }
        if (edit.coLeadDirectorates() != null) {
            draft.coLeadDirectorates = sorted(edit.coLeadDirectorates());
        }
        if (edit.partners() != null) {
            draft.partners = cleaned(edit.partners());
            checkTexts(PARTNERS, "partenaire", draft.partners, violations);
            if (!draft.partners.equals(partners)) {
                draft.userEdited.add(PARTNERS);
            }
        }
        if (edit.startDate() != null) {
            draft.startDate = edit.startDate().orElse(null);
        }
        if (edit.endDate() != null) {
            draft.endDate = edit.endDate().orElse(null);
        }
        if (edit.indicatorIds() != null) {
            draft.indicatorIds = cleaned(edit.indicatorIds());
            if (draft.indicatorIds.size() > MAX_ITEMS || !draft.indicatorIds.stream()
                    .allMatch(id -> INDICATOR_ID.matcher(id).matches())) {
                violations.add(new Violation("indicatorIds", "indicatorIds.format", "Les identifiants "
                        + "d'indicateurs sont faits de lettres, chiffres, points, tirets (64 caractères au plus)."));
            }
        }
        violations.addAll(statusRules(draft));
        if (!violations.isEmpty()) {
            return new ActionOutcome.Refused(List.copyOf(violations));
        }
        return draft.outcome(at, editor.username());
    }

    public ActionOutcome addMilestone(String title, LocalDate dueDate, Editor editor, Instant at) {
        Optional<ActionOutcome.Forbidden> forbidden = checkEditor(editor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        List<Violation> violations = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            violations.add(new Violation("title", "title.required",
                    "Donnez un intitulé au jalon (200 caractères au plus)."));
        }
        InputBounds.text("title", cleanTitle, MAX_TEXT).ifPresent(violations::add);
        if (dueDate == null) {
            violations.add(new Violation("dueDate", "dueDate.required", "Indiquez l'échéance du jalon."));
        }
        if (milestones.size() >= 100) {
            violations.add(new Violation("title", "milestones.tooMany", "Une action compte 100 jalons au plus."));
        }
        if (!violations.isEmpty()) {
            return new ActionOutcome.Refused(violations);
        }
        Draft draft = new Draft();
        Milestone milestone = new Milestone(UUID.randomUUID().toString(), cleanTitle, dueDate, false);
        draft.milestones.add(milestone);
        draft.record("milestones", "", describe(milestone));
        return draft.outcome(at, editor.username());
    }

    public ActionOutcome markMilestone(String milestoneId, boolean done, Editor editor, Instant at) {
        Optional<ActionOutcome.Forbidden> forbidden = checkEditor(editor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        Optional<Milestone> found = milestone(milestoneId);
        if (found.isEmpty()) {
            return new ActionOutcome.Missing("Aucun jalon " + milestoneId + " pour l'action " + code + ".");
        }
        Milestone before = found.get();
        if (before.done() == done) {
            return new ActionOutcome.Unchanged(this);
        }
        Milestone after = new Milestone(before.id(), before.title(), before.dueDate(), done);
        Draft draft = new Draft();
        draft.milestones.replaceAll(m -> m.id().equals(milestoneId) ? after : m);
        draft.record("milestones", describe(before), describe(after));
        return draft.outcome(at, editor.username());
    }

    public ActionOutcome removeMilestone(String milestoneId, Editor editor, Instant at) {
        Optional<ActionOutcome.Forbidden> forbidden = checkEditor(editor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        Optional<Milestone> found = milestone(milestoneId);
        if (found.isEmpty()) {
            return new ActionOutcome.Missing("Aucun jalon " + milestoneId + " pour l'action " + code + ".");
        }
        Draft draft = new Draft();
        draft.milestones.removeIf(m -> m.id().equals(milestoneId));
        draft.record("milestones", describe(found.get()), "");
        return draft.outcome(at, editor.username());
    }

    public ActionOutcome addNote(String text, Editor editor, Instant at) {
        Optional<ActionOutcome.Forbidden> forbidden = checkEditor(editor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return new ActionOutcome.Refused(List.of(new Violation("text", "text.required",
                    "Écrivez la note de suivi (4 000 caractères au plus).")));
        }
        Optional<Violation> tooLong = InputBounds.text("text", clean, MAX_NOTE);
        if (tooLong.isPresent()) {
            return new ActionOutcome.Refused(List.of(tooLong.get()));
        }
        Draft draft = new Draft();
        draft.notes.add(new FollowUpNote(UUID.randomUUID().toString(), at, editor.username(), clean));
        draft.record("notes", "", clean);
        return draft.outcome(at, editor.username());
    }

    /** Sets the planned and spent amounts of one year (replacing what that year had). */
    public ActionOutcome setBudget(int year, BigDecimal planned, BigDecimal spent, Editor editor, Instant at) {
        Optional<ActionOutcome.Forbidden> forbidden = checkEditor(editor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        List<Violation> violations = new ArrayList<>();
        if (year < FIRST_BUDGET_YEAR || year > LAST_BUDGET_YEAR) {
            violations.add(new Violation("year", "year.range", "L'année doit être comprise entre "
                    + FIRST_BUDGET_YEAR + " et " + LAST_BUDGET_YEAR + " (durée de la feuille de route)."));
        }
        checkAmount("planned", "prévu", planned, violations);
        checkAmount("spent", "dépensé", spent, violations);
        if (!violations.isEmpty()) {
            return new ActionOutcome.Refused(violations);
        }
        BudgetLine line = new BudgetLine(year, planned.setScale(2), spent.setScale(2));
        Optional<BudgetLine> before = budgetLine(year);
        if (before.isPresent() && before.get().equals(line)) {
            return new ActionOutcome.Unchanged(this);
        }
        Draft draft = new Draft();
        draft.budget.removeIf(b -> b.year() == year);
        draft.budget.add(line);
        draft.record("budget." + year, before.map(Action::describe).orElse(""), describe(line));
        return draft.outcome(at, editor.username());
    }

    public ActionOutcome removeBudget(int year, Editor editor, Instant at) {
        Optional<ActionOutcome.Forbidden> forbidden = checkEditor(editor);
        if (forbidden.isPresent()) {
            return forbidden.get();
        }
        Optional<BudgetLine> before = budgetLine(year);
        if (before.isEmpty()) {
            return new ActionOutcome.Missing("Aucune ligne de budget " + year + " pour l'action " + code + ".");
        }
        Draft draft = new Draft();
        draft.budget.removeIf(b -> b.year() == year);
        draft.record("budget." + year, describe(before.get()), "");
        return draft.outcome(at, editor.username());
    }

    /** Late: said so, or past its end date without being done or abandoned. */
    public boolean isLate(LocalDate today) {
        return status == ActionStatus.LATE
                || (endDate != null && endDate.isBefore(today) && !status.isClosed());
    }

    public Optional<Milestone> milestone(String milestoneId) {
        return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst();
    }

    public Optional<BudgetLine> budgetLine(int year) {
        return budget.stream().filter(b -> b.year() == year).findFirst();
    }

    public BigDecimal plannedBudget() {
        return budget.stream().map(BudgetLine::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal spentBudget() {
        return budget.stream().map(BudgetLine::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Optional<ActionOutcome.Forbidden> checkEditor(Editor editor) {
        if (canBeChangedBy(editor)) {
            return Optional.empty();
        }
        String leads = leadDirectorates.isEmpty() ? "aucune direction pilote n'est désignée"
                : "ses directions pilotes sont " + leadDirectorates.stream().map(Directorate::shortLabel)
                        .collect(Collectors.joining(", "));
        return Optional.of(new ActionOutcome.Forbidden("Seules les directions pilotes de l'action " + code
                + ", la DIEESS et l'administration peuvent la modifier (" + leads + ")."));
    }

    private static List<Violation> statusRules(Draft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.progress < 0 || draft.progress > 100) {
            violations.add(new Violation("progress", "progress.range",
                    "L'avancement est un pourcentage entre 0 et 100."));
        } else if (draft.status == ActionStatus.DONE && draft.progress != 100) {
            violations.add(new Violation("progress", "progress.done",
                    "Une action réalisée est avancée à 100 %."));
        } else if (draft.status == ActionStatus.PLANNED && draft.progress != 0) {
            violations.add(new Violation("progress", "progress.planned",
                    "Une action à venir n'a pas commencé : son avancement est de 0 %."));
        }
        if (draft.startDate != null && draft.endDate != null && draft.endDate.isBefore(draft.startDate)) {
            violations.add(new Violation("endDate", "endDate.beforeStart",
                    "La date de fin ne peut pas précéder la date de début."));
        }
        if (draft.coLeadDirectorates.stream().anyMatch(draft.leadDirectorates::contains)) {
            violations.add(new Violation("coLeadDirectorates", "coLeadDirectorates.overlap",
                    "Une direction ne peut pas être à la fois pilote et co-pilote."));
        }
        return violations;
    }

    private static void checkTexts(String field, String what, List<String> values, List<Violation> violations) {
        if (values.size() > MAX_ITEMS || values.stream().anyMatch(v -> v.length() > MAX_TEXT)) {
            violations.add(new Violation(field, field + ".size", "Au plus " + MAX_ITEMS + " " + what
                    + "s, de " + MAX_TEXT + " caractères au plus chacun."));
        }
    }

    private static void checkAmount(String field, String what, BigDecimal amount, List<Violation> violations) {
        if (amount == null) {
            violations.add(new Violation(field, field + ".required", "Indiquez le montant " + what
                    + " (0 s'il n'y en a pas)."));
        } else {
            InputBounds.amount(field, amount).ifPresent(violations::add);
        }
    }

    private static List<String> cleaned(List<String> values) {
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).distinct()
                .toList();
    }

    private static List<Directorate> sorted(Collection<Directorate> directorates) {
        return directorates.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(directorates));
    }

    private static String describe(Milestone milestone) {
        return milestone.title() + " (" + milestone.dueDate() + (milestone.done() ? ", fait)" : ")");
    }

    private static String describe(BudgetLine line) {
        return line.planned().toPlainString() + " / " + line.spent().toPlainString();
    }

    private static String describeDirectorates(List<Directorate> directorates) {
        return directorates.stream().map(Directorate::name).collect(Collectors.joining(", "));
    }

    /** A working copy of the state: changes are compared field by field and recorded in the history. */
    private final class Draft {
        String title = Action.this.title;
        List<Directorate> leadDirectorates = Action.this.leadDirectorates;
        List<String> partners = Action.this.partners;
        final Set<String> userEdited = new LinkedHashSet<>(Action.this.userEdited);
        ActionStatus status = Action.this.status;
        int progress = Action.this.progress;
        List<Directorate> coLeadDirectorates = Action.this.coLeadDirectorates;
        LocalDate startDate = Action.this.startDate;
        LocalDate endDate = Action.this.endDate;
        final List<Milestone> milestones = new ArrayList<>(Action.this.milestones);
        final List<FollowUpNote> notes = new ArrayList<>(Action.this.notes);
        final List<BudgetLine> budget = new ArrayList<>(Action.this.budget);
        List<String> indicatorIds = Action.this.indicatorIds;
        private final List<String[]> recorded = new ArrayList<>();

        void record(String field, String before, String after) {
            recorded.add(new String[] {field, before, after});
        }

        List<String[]> changes() {
            List<String[]> changes = new ArrayList<>();
            compare(changes, "title", Action.this.title, title);
            compare(changes, "status", Action.this.status.name(), status.name());
            compare(changes, "progress", Integer.toString(Action.this.progress), Integer.toString(progress));
            compare(changes, LEAD_DIRECTORATES, describeDirectorates(Action.this.leadDirectorates),
                    describeDirectorates(leadDirectorates));
            compare(changes, "coLeadDirectorates", describeDirectorates(Action.this.coLeadDirectorates),
                    describeDirectorates(coLeadDirectorates));
            compare(changes, PARTNERS, String.join(", ", Action.this.partners), String.join(", ", partners));
            compare(changes, "startDate", Objects.toString(Action.this.startDate, ""), Objects.toString(startDate, ""));
            compare(changes, "endDate", Objects.toString(Action.this.endDate, ""), Objects.toString(endDate, ""));
            compare(changes, "indicatorIds", String.join(", ", Action.this.indicatorIds),
                    String.join(", ", indicatorIds));
            changes.addAll(recorded);
            return changes;
        }

        ActionOutcome outcome(Instant at, String by) {
            if (changes().isEmpty()) {
                return new ActionOutcome.Unchanged(Action.this);
            }
            Action next = build(at, by);
            Optional<ActionStatusChanged> event = status == Action.this.status ? Optional.empty()
                    : Optional.of(new ActionStatusChanged(UUID.randomUUID().toString(), code.toString(),
                            next.version, Action.this.status, status, progress, at, by));
            return new ActionOutcome.Changed(next, event);
        }

        Action build(Instant at, String by) {
            List<ActionChange> nextHistory = new ArrayList<>(history);
            for (String[] change : changes()) {
                nextHistory.add(new ActionChange(at, by, change[0], change[1], change[2]));
            }
            return new Action(code, title, leadDirectorates, partners, userEdited, status, progress,
                    coLeadDirectorates, startDate, endDate, milestones, notes, budget, indicatorIds, nextHistory,
                    version + 1, at, by);
        }

        private static void compare(List<String[]> changes, String field, String before, String after) {
            if (!before.equals(after)) {
                changes.add(new String[] {field, before, after});
            }
        }
    }

    public ActionCode code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Directorate> leadDirectorates() {
        return leadDirectorates;
    }

    public List<String> partners() {
        return partners;
    }

    /** The reference fields ({@link #LEAD_DIRECTORATES}, {@link #PARTNERS}) users took over from the file. */
    public Set<String> userEdited() {
        return userEdited;
    }

    public ActionStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public List<Directorate> coLeadDirectorates() {
        return coLeadDirectorates;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    public List<FollowUpNote> notes() {
        return notes;
    }

    public List<BudgetLine> budget() {
        return budget;
    }

    public List<String> indicatorIds() {
        return indicatorIds;
    }

    public List<ActionChange> history() {
        return history;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
