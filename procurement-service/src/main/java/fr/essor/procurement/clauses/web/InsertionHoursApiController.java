package fr.essor.procurement.clauses.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.clauses.application.InsertionFollowUp;
import fr.essor.procurement.clauses.application.ReportingInsertionHours;
import fr.essor.procurement.clauses.domain.ReportingClosure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The insertion clause follow-up: hours reported per contract and period, planned vs done, the reporting closure. */
@RestController
@Tag(name = "Clauses d'insertion", description = "Heures d'insertion déclarées, prévu et réalisé, retards, clôture")
class InsertionHoursApiController {

    private final ReportingInsertionHours reporting;
    private final InsertionFollowUp followUp;
    private final CurrentActor actor;

    InsertionHoursApiController(ReportingInsertionHours reporting, InsertionFollowUp followUp, CurrentActor actor) {
        this.reporting = reporting;
        this.followUp = followUp;
        this.actor = actor;
    }

    record SummaryView(List<InsertionFollowUp.DirectorateYear> byDirectorateAndYear, List<ClauseView> contracts,
                       ClosureView closure) {
    }

    record ClosureView(LocalDate closedThrough, int windowMonths, Instant closedAt, String closedBy, long version) {
    }

    record ClosureRequest(LocalDate closedThrough) {
    }

    @GetMapping(path = "/api/contracts/{id}/insertion-hours", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getInsertionHours", summary = "La clause d'insertion d'un marché : heures prévues, réalisées, attendues à ce jour, retard")
    ClauseView read(@PathVariable String id) {
        return followUp.ofContract(id).map(ClauseView::of).orElseThrow(() -> new NotFoundException(
                "Aucun marché attribué avec une clause d'insertion sous l'identifiant " + id + "."));
    }

    @PostMapping(path = "/api/contracts/{id}/insertion-hours", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Déclarer les heures d'insertion d'un mois ou d'un trimestre (facilitateurs)",
            description = "Publie insertion-hours-reported.v1. Une période close, future, hors exécution ou déjà "
                    + "déclarée, ou des heures négatives : 400 avec la raison")
    @Created("L'adresse des heures d'insertion du marché.")
    ResponseEntity<ClauseView.ReportView> report(@PathVariable String id, @RequestBody HoursReportRequest request) {
        Facilitators.requireReporter(actor);
        return switch (reporting.report(id, request.toForm(), actor.current().username())) {
            case ReportingInsertionHours.Reported reported -> ResponseEntity.created(
                    ServletUriComponentsBuilder.fromCurrentRequest().build().toUri())
                    .body(ClauseView.ReportView.of(reported.report()));
            case ReportingInsertionHours.Rejected rejected -> throw invalid(rejected.violations());
            case ReportingInsertionHours.Unknown unknown -> throw new NotFoundException(
                    "Aucun marché enregistré sous l'identifiant " + unknown.contractId() + ".");
            case ReportingInsertionHours.Conflict conflict -> throw new ConflictException(conflict.message());
        };
    }

    @GetMapping(path = "/api/insertion-hours", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "insertionHoursSummary", summary = "Prévu et réalisé par direction acheteuse et par année, marchés (en retard d'abord), clôture")
    SummaryView summary() {
        return new SummaryView(followUp.byDirectorateAndYear(), followUp.clauses().stream().map(ClauseView::of)
                .toList(), closure());
    }

    @GetMapping(path = "/api/insertion-hours/closure", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getInsertionHoursClosure", summary = "Jusqu'où les déclarations d'heures sont closes")
    ClosureView closure() {
        return closureView(reporting.closure());
    }

    @PutMapping(path = "/api/insertion-hours/closure", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "closeInsertionHours", summary = "Clore les déclarations jusqu'à une date (DIEESS, ADMIN)")
    ClosureView close(@RequestBody ClosureRequest request) {
        Facilitators.requireCloser(actor);
        return switch (reporting.close(request.closedThrough(), actor.current().username())) {
            case ReportingInsertionHours.ClosedThrough closed -> closureView(closed.closure());
            case ReportingInsertionHours.CloseRejected rejected -> throw invalid(rejected.violations());
        };
    }

    private ClosureView closureView(ReportingClosure closure) {
        return new ClosureView(closure.closedThrough(), reporting.windowMonths(), closure.closedAt(),
                closure.closedBy(), closure.version());
    }

    static InvalidCommandException invalid(List<Violation> violations) {
        return new InvalidCommandException(violations.stream().toList());
    }
}
