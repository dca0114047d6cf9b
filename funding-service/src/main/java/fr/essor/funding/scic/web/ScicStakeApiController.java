package fr.essor.funding.scic.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.funding.scic.application.ScicPortfolio;
import fr.essor.funding.scic.application.ScicStakes;
import fr.essor.funding.scic.domain.StakeChange;
import fr.essor.funding.scic.domain.StakeOutcome;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** The Département's SCIC stakes: read the portfolio, take, complete, change, sell, and follow them. */
@RestController
@RequestMapping(path = "/api/scic-stakes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Participations dans les SCIC", description = "Le portefeuille de la DIEESS")
class ScicStakeApiController {

    private final ScicPortfolio portfolio;
    private final ScicStakes stakes;
    private final CurrentActor currentActor;

    ScicStakeApiController(ScicPortfolio portfolio, ScicStakes stakes, CurrentActor currentActor) {
        this.portfolio = portfolio;
        this.stakes = stakes;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(operationId = "listScicStakes", summary = "Lister les participations (par nom de SCIC)")
    List<StakeView> list() {
        return stakes.all().stream().map(StakeView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getScicStake", summary = "Lire une participation")
    StakeView read(@PathVariable String id) {
        return stakes.find(id).map(StakeView::of).orElseThrow(() -> notFound(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "acquireScicStake", summary = "Prendre une participation dans une SCIC", description = "Publie scic-stake-acquired.v1")
    @Created("L'adresse de la prise de participation.")
    ResponseEntity<StakeView> acquire(@RequestBody StakeRequests.Acquisition r) {
        StakeView view = answer(portfolio.acquire(r.scicName(), request(r), currentActor.current()), null);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(view.id()).toUri()).body(view);
    }

    @PutMapping(path = "/{id}/acquisition", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Renseigner les chiffres d'une participation à compléter",
            description = "Publie scic-stake-acquired.v1")
    StakeView complete(@PathVariable String id, @RequestBody StakeRequests.Acquisition r) {
        return answer(portfolio.complete(id, request(r), currentActor.current()), id);
    }

    @PostMapping(path = "/{id}/changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordScicStakeChange", summary = "Augmenter, réduire ou corriger une participation", description = "Publie scic-stake-changed.v1")
    StakeView change(@PathVariable String id, @RequestBody StakeRequests.Change r) {
        StakeChange change = r.change() == null ? null : StakeChange.fromCode(r.change()).orElseThrow(() ->
                new InvalidCommandException(List.of(new Violation("change", "change.unknown",
                        "Changement inconnu : INCREASE, REDUCTION ou CORRECTION."))));
        return answer(portfolio.change(id, change, r.shares(), r.capitalHeld(), r.scicCapital(), r.changedOn(),
                r.deliberationReference(), currentActor.current()), id);
    }

    @PostMapping(path = "/{id}/sale", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "sellScicStake", summary = "Céder toute la participation", description = "Publie scic-stake-sold.v1")
    StakeView sell(@PathVariable String id, @RequestBody StakeRequests.Sale r) {
        return answer(portfolio.sell(id, r.soldOn(), r.saleAmount(), r.deliberationReference(),
                currentActor.current()), id);
    }

    @PutMapping(path = "/{id}/governance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "appointScicGovernance", summary = "Désigner le représentant du Département et son collège")
    StakeView appoint(@PathVariable String id, @RequestBody StakeRequests.Governance r) {
        return answer(portfolio.appoint(id, r.representative(), r.college(), currentActor.current()), id);
    }

    @PostMapping(path = "/{id}/general-meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordScicGeneralMeeting", summary = "Enregistrer le suivi d'une assemblée générale")
    StakeView meeting(@PathVariable String id, @RequestBody StakeRequests.Meeting r) {
        return answer(portfolio.recordGeneralMeeting(id, r.heldOn(), r.resolutions(), r.revenue(), r.result(),
                r.equity(), currentActor.current()), id);
    }

    private static ScicPortfolio.AcquisitionRequest request(StakeRequests.Acquisition r) {
        return new ScicPortfolio.AcquisitionRequest(r.organisation(), r.shares(), r.capitalHeld(), r.scicCapital(),
                r.acquiredOn(), r.deliberationReference());
    }

    private static StakeView answer(ScicPortfolio.Result result, String id) {
        return switch (result) {
            case ScicPortfolio.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
            case ScicPortfolio.Unknown unknown -> throw notFound(unknown.stakeId());
            case ScicPortfolio.Done done -> switch (done.outcome()) {
                case StakeOutcome.Changed changed -> StakeView.of(changed.stake());
                case StakeOutcome.Invalid invalid -> throw new InvalidCommandException(invalid.violations());
                case StakeOutcome.NotAllowedNow notNow -> throw new ConflictException(notNow.message());
            };
        };
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Aucune participation " + id + ".");
    }
}
