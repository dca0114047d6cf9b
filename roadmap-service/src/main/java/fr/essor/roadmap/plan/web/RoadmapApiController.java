package fr.essor.roadmap.plan.web;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.roadmap.plan.application.ActionFilter;
import fr.essor.roadmap.plan.application.ActionTracking;
import fr.essor.roadmap.plan.application.RoadmapOverview;
import fr.essor.roadmap.plan.domain.ActionChange;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * The roadmap and the tracking of its actions. Every signed-in user reads; a lead directorate of an action, the
 * DIEESS and administrators change it (403 otherwise).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Feuille de route", description = "Enjeux, objectifs et actions de la feuille de route ESS 2024-2028")
class RoadmapApiController {

    private final RoadmapOverview overview;
    private final ActionTracking tracking;
    private final CurrentActor currentActor;

    RoadmapApiController(RoadmapOverview overview, ActionTracking tracking, CurrentActor currentActor) {
        this.overview = overview;
        this.tracking = tracking;
        this.currentActor = currentActor;
    }

    @GetMapping("/roadmap")
    @Operation(operationId = "getRoadmap", summary = "L'arbre enjeux → objectifs → actions, avec l'avancement consolidé",
            description = "Objectif : moyenne de ses actions hors abandonnées ; enjeu : moyenne de ses objectifs.")
    RoadmapView roadmap() {
        return RoadmapView.of(overview.tree());
    }

    @GetMapping("/actions")
    @Operation(operationId = "listActions", summary = "Lister les actions (filtres : enjeu, objectif, statut, direction pilote)")
    List<ActionSummaryView> actions(@RequestParam(required = false) String challenge,
                                    @RequestParam(required = false) String objective,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String directorate) {
        return overview.actions(filter(challenge, objective, status, directorate)).stream()
                .map(ActionSummaryView::of).toList();
    }

    @GetMapping("/actions/{code}")
    @Operation(operationId = "getAction", summary = "Lire une action et son suivi")
    ActionDetailView action(@PathVariable String code) {
        return overview.action(code).map(ActionDetailView::of)
                .orElseThrow(() -> TrackingResults.unknownAction(code));
    }

    @GetMapping("/actions/{code}/history")
    @Operation(operationId = "actionHistory", summary = "L'historique des modifications d'une action (qui, quand, champ, avant → après)")
    List<ActionChange> history(@PathVariable String code) {
        return overview.action(code).map(a -> a.history()).orElseThrow(() -> TrackingResults.unknownAction(code));
    }

    @PatchMapping(path = "/actions/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "editActionFollowUp", summary = "Modifier une partie du suivi d'une action",
            description = "Publie action-status-changed.v1 si le statut change")
    ActionDetailView patch(@PathVariable String code, @RequestBody ActionChangeRequest request) {
        return ActionDetailView.of(TrackingResults.actionOrThrow(
                tracking.edit(code, ActionEdits.from(request, false), currentActor.current())));
    }

    @PutMapping(path = "/actions/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceActionFollowUp", summary = "Remplacer le suivi d'une action",
            description = "Publie action-status-changed.v1 si le statut change")
    ActionDetailView put(@PathVariable String code, @RequestBody ActionChangeRequest request) {
        return ActionDetailView.of(TrackingResults.actionOrThrow(
                tracking.edit(code, ActionEdits.from(request, true), currentActor.current())));
    }

    @PostMapping(path = "/actions/{code}/milestones", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ajouter un jalon")
    ActionDetailView addMilestone(@PathVariable String code, @RequestBody MilestoneRequest request) {
        return ActionDetailView.of(TrackingResults.actionOrThrow(
                tracking.addMilestone(code, request.title(), request.dueDate(), currentActor.current())));
    }

    @PatchMapping(path = "/actions/{code}/milestones/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Marquer un jalon fait ou à faire")
    ActionDetailView markMilestone(@PathVariable String code, @PathVariable String id,
                                   @RequestBody MilestoneRequest request) {
        if (request.done() == null) {
            throw new InvalidCommandException(List.of(new Violation("done", "done.required",
                    "Indiquez si le jalon est fait (true) ou non (false).")));
        }
        return ActionDetailView.of(TrackingResults.actionOrThrow(
                tracking.markMilestone(code, id, request.done(), currentActor.current())));
    }

    @DeleteMapping("/actions/{code}/milestones/{id}")
    @Operation(summary = "Supprimer un jalon")
    ActionDetailView removeMilestone(@PathVariable String code, @PathVariable String id) {
        return ActionDetailView.of(TrackingResults.actionOrThrow(
                tracking.removeMilestone(code, id, currentActor.current())));
    }

    @PostMapping(path = "/actions/{code}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ajouter une note de suivi (datée, signée)")
    ActionDetailView addNote(@PathVariable String code, @RequestBody NoteRequest request) {
        return ActionDetailView.of(TrackingResults.actionOrThrow(
                tracking.addNote(code, request.text(), currentActor.current())));
    }

    @PutMapping(path = "/actions/{code}/budget/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fixer le budget prévu et dépensé d'une année")
    ActionDetailView setBudget(@PathVariable String code, @PathVariable int year,
                               @RequestBody BudgetRequest request) {
        return ActionDetailView.of(TrackingResults.actionOrThrow(
                tracking.setBudget(code, year, request.planned(), request.spent(), currentActor.current())));
    }

    @DeleteMapping("/actions/{code}/budget/{year}")
    @Operation(summary = "Supprimer la ligne de budget d'une année")
    ActionDetailView removeBudget(@PathVariable String code, @PathVariable int year) {
        return ActionDetailView.of(TrackingResults.actionOrThrow(
                tracking.removeBudget(code, year, currentActor.current())));
    }

    /** Builds a filter from query parameters, refusing unknown status or directorate codes. */
    static ActionFilter filter(String challenge, String objective, String status, String directorate) {
        List<Violation> violations = new ArrayList<>();
        ActionStatus statusValue = null;
        if (!blank(status)) {
            statusValue = ActionStatus.fromCode(status).orElse(null);
            if (statusValue == null) {
                violations.add(new Violation("status", "status.unknown", "Statut inconnu : « " + status + " »."));
            }
        }
        Directorate directorateValue = null;
        if (!blank(directorate)) {
            directorateValue = Directorate.fromCode(directorate).orElse(null);
            if (directorateValue == null) {
                violations.add(new Violation("directorate", "directorate.unknown",
                        "Direction inconnue : « " + directorate + " »."));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        return new ActionFilter(blank(challenge) ? null : challenge, blank(objective) ? null : objective,
                statusValue, directorateValue);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
