package fr.essor.foncier.premises.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.foncier.premises.application.MatchBoard;
import fr.essor.foncier.premises.application.NeedRegistry;
import fr.essor.foncier.premises.application.PremisesFilter;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.EptNeedView;
import fr.essor.foncier.premises.domain.PremisesNeed;
import org.springframework.security.access.AccessDeniedException;
import fr.essor.foncier.premises.web.PremisesViews.MatchView;
import fr.essor.foncier.premises.web.PremisesViews.NeedView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Premises needs of ESS organisations: register, change, read, and their best offers. */
@RestController
@RequestMapping(path = "/api/premises/needs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Besoins de locaux", description = "Les besoins immobiliers des structures de l'ESS")
class NeedApiController {

    private final NeedRegistry registry;
    private final PremisesNeeds needs;
    private final MatchBoard board;
    private final PremisesWriters writers;

    NeedApiController(NeedRegistry registry, PremisesNeeds needs, MatchBoard board, PremisesWriters writers) {
        this.registry = registry;
        this.needs = needs;
        this.board = board;
        this.writers = writers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "registerNeed", summary = "Enregistrer un besoin de locaux", description = "Publie premises-need-registered.v1")
    @Created("L'adresse du besoin de locaux enregistré.")
    ResponseEntity<NeedView> register(@RequestBody NeedRequest request) {
        String agent = writers.writer().username();
        return switch (registry.register(request.toForm(), agent)) {
            case NeedRegistry.Done done -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                    .path("/{id}").buildAndExpand(done.need().id()).toUri()).body(NeedView.of(done.need()));
            case NeedRegistry.Rejected rejected -> throw PremisesProblems.invalid(rejected.violations());
            case NeedRegistry.Unknown unknown -> throw new IllegalStateException("unreachable");
        };
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeNeed", summary = "Modifier un besoin (ce qu'il demande et son statut)")
    NeedView change(@PathVariable String id, @RequestBody NeedRequest request) {
        String agent = writers.writer().username();
        return switch (registry.change(id, request.toForm(), request.status(), agent)) {
            case NeedRegistry.Done done -> NeedView.of(done.need());
            case NeedRegistry.Rejected rejected -> throw PremisesProblems.invalid(rejected.violations());
            case NeedRegistry.Unknown unknown -> throw PremisesProblems.noNeed(id);
        };
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getNeed", summary = "Lire un besoin (un compte EPT : seulement s'il concerne son territoire, sans les notes)")
    Object read(@PathVariable String id) {
        PremisesVisibility visibility = visibility();
        PremisesNeed need = needs.find(id).orElseThrow(() -> PremisesProblems.noNeed(id));
        return visibility.internal() ? NeedView.of(need) : EptNeedView.of(readable(need, visibility));
    }

    @GetMapping
    @Operation(operationId = "searchNeeds", summary = "Lister les besoins, filtrés par EPT concerné et statut (un compte EPT ne voit que le sien)")
    List<?> search(@RequestParam(required = false) String territory,
                   @RequestParam(required = false) String status,
                   @RequestParam(defaultValue = "200") int limit) {
        PremisesVisibility visibility = visibility();
        PremisesFilter filter = new PremisesFilter(blankToNull(territory), blankToNull(status))
                .within(visibility.territory());
        List<PremisesNeed> found = needs.search(filter, Math.clamp(limit, 1, 1000));
        return visibility.internal() ? found.stream().map(NeedView::of).toList()
                : found.stream().map(EptNeedView::of).toList();
    }

    @GetMapping("/{id}/matches")
    @Operation(operationId = "needMatches", summary = "Les meilleures offres pour ce besoin, avec leur score et leurs raisons")
    List<MatchView> matches(@PathVariable String id, @RequestParam(defaultValue = "10") int limit) {
        PremisesVisibility visibility = visibility();
        needs.find(id).ifPresent(need -> readable(need, visibility));
        return board.forNeed(id, Math.clamp(limit, 1, 100)).orElseThrow(() -> PremisesProblems.noNeed(id))
                .stream().filter(m -> visibility.sees(m.offer())).map(m -> MatchView.of(m, id)).toList();
    }

    private PremisesVisibility visibility() {
        return new PremisesVisibility(writers.readableTerritory());
    }

    /** An EPT account reading a need that does not concern its territory is refused (403), not told it exists. */
    static PremisesNeed readable(PremisesNeed need, PremisesVisibility visibility) {
        if (!visibility.sees(need)) {
            throw new AccessDeniedException("Ce besoin ne concerne pas votre territoire.");
        }
        return need;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
