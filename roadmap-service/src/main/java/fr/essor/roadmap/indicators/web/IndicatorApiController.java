package fr.essor.roadmap.indicators.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.consuming.rebuilds.ProjectionRebuilds;
import fr.essor.roadmap.indicators.application.IndicatorBoard;
import fr.essor.roadmap.indicators.application.IndicatorOutcome;
import fr.essor.roadmap.indicators.application.ManagingIndicators;
import fr.essor.roadmap.indicators.application.RebuildingIndicators;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.indicators.domain.Territories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** The roadmap's indicators: read by every signed-in user, written by the DIEESS, rebuilt by ops. */
@RestController
@RequestMapping(path = "/api/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Indicateurs", description = "Indicateurs de la feuille de route, saisis ou calculés à partir des événements")
class IndicatorApiController {

    private final IndicatorBoard board;
    private final ManagingIndicators managing;
    private final RebuildingIndicators rebuilding;
    private final CurrentActor actor;

    IndicatorApiController(IndicatorBoard board, ManagingIndicators managing, RebuildingIndicators rebuilding,
                           CurrentActor actor) {
        this.board = board;
        this.managing = managing;
        this.rebuilding = rebuilding;
        this.actor = actor;
    }

    @GetMapping
    @Operation(operationId = "listIndicators", summary = "Lister les indicateurs, avec leur dernière valeur et sa cible")
    List<IndicatorSummary> list() {
        return board.all().stream().map(IndicatorSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getIndicator", summary = "Un indicateur : valeurs par année et par EPT, cibles, valeurs saisies")
    IndicatorView read(@PathVariable String id) {
        return board.report(id).map(IndicatorView::of).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/{id}/values/{year}/sources")
    @Operation(operationId = "indicatorValueSources", summary = "Les faits (événements) derrière la valeur calculée d'une année, pour un EPT ou le département")
    SourcesView sources(@PathVariable String id, @PathVariable int year,
                        @RequestParam(required = false) String territory) {
        if (territory != null && !Territories.isKnown(territory) && !Territories.UNASSIGNED.equals(territory)) {
            throw new InvalidCommandException(List.of(new Violation("territory", "territory.unknown",
                    "EPT inconnu : " + String.join(", ", Territories.CODES) + " ou " + Territories.UNASSIGNED + ".")));
        }
        return board.sources(id, year, territory).map(value -> SourcesView.of(id, value))
                .orElseThrow(() -> new NotFoundException("Aucun indicateur calculé sous l'identifiant " + id + "."));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createIndicator", summary = "Créer un indicateur saisi (DIEESS, ADMIN)")
    @Created("L'adresse de l'indicateur créé.")
    ResponseEntity<IndicatorView> create(@RequestBody IndicatorRequests.NewIndicatorRequest request) {
        Indicator created = done(managing.create(request.toCommand(), actor.current()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(read(created.id()));
    }

    @PostMapping(path = "/{id}/values", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordIndicatorValue", summary = "Saisir une valeur datée (DIEESS, ADMIN)", description = "Publie indicator-value-recorded.v1")
    @Created("L'adresse des sources de la valeur enregistrée.")
    ResponseEntity<IndicatorView.RecordedValue> record(@PathVariable String id,
                                                       @RequestBody IndicatorRequests.ValueRequest request) {
        Indicator indicator = done(managing.record(id, request.toCommand(), actor.current()));
        IndicatorView.RecordedValue recorded = IndicatorView.RecordedValue.of(indicator.values().getLast());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/indicators/{id}").buildAndExpand(id).toUri()).body(recorded);
    }

    @PutMapping(path = "/{id}/targets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "setIndicatorTargets", summary = "Fixer les cibles annuelles (DIEESS, ADMIN)")
    IndicatorView targets(@PathVariable String id, @RequestBody IndicatorRequests.TargetsRequest request) {
        done(managing.setTargets(id, request.targets() == null ? java.util.Map.of() : request.targets(),
                actor.current()));
        return read(id);
    }

    @PostMapping("/rebuild")
    @Operation(operationId = "rebuildIndicators", summary = "Reconstruire les indicateurs calculés depuis le début des topics (OPS, ADMIN)")
    IndicatorRequests.RebuildView rebuild() {
        return switch (rebuilding.rebuild(actor.current())) {
            case ProjectionRebuilds.Outcome.Rebuilt rebuilt -> new IndicatorRequests.RebuildView(
                    rebuilt.report().cleared(), rebuilt.report().read(), rebuilt.report().topics().stream()
                    .map(t -> new IndicatorRequests.RebuildView.Topic(t.topic(), t.read(), t.failed())).toList());
            case ProjectionRebuilds.Outcome.Forbidden forbidden -> throw new AccessDeniedException(
                    "Seuls l'exploitation et les administrateurs reconstruisent les indicateurs.");
            case ProjectionRebuilds.Outcome.AlreadyRunning running -> throw new ConflictException(
                    "Une reconstruction des indicateurs est déjà en cours.");
            case ProjectionRebuilds.Outcome.Unknown unknown -> throw new IllegalStateException(
                    "The indicators are not a rebuildable projection");
        };
    }

    private static Indicator done(IndicatorOutcome outcome) {
        return switch (outcome) {
            case IndicatorOutcome.Done done -> done.indicator();
            case IndicatorOutcome.Forbidden forbidden -> throw new AccessDeniedException(
                    "Seules la DIEESS et l'administration modifient les indicateurs.");
            case IndicatorOutcome.Unknown unknown -> throw notFound(unknown.id());
            case IndicatorOutcome.AlreadyExists exists -> throw new ConflictException(
                    "Un indicateur existe déjà sous l'identifiant " + exists.id() + ".");
            case IndicatorOutcome.Rejected rejected -> {
                if (rejected.violations().stream().anyMatch(v -> v.code().equals("indicator.computed"))) {
                    throw new ConflictException(rejected.violations().getFirst().message());
                }
                throw new InvalidCommandException(rejected.violations().stream().toList());
            }
        };
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Aucun indicateur sous l'identifiant " + id + ".");
    }
}
