package fr.essor.procurement.plan.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.web.Buyers;
import fr.essor.procurement.plan.application.InclusivePotentials;
import fr.essor.procurement.plan.application.PurchasePlanning;
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

import java.net.URI;
import java.util.List;

/** The purchase plan of the buyer directorates, each purchase with its inclusive potential and recommendation. */
@RestController
@RequestMapping(path = "/api/purchase-plan", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan d'achats", description = "Achats prévus par direction, potentiel inclusif et recommandation")
class PurchasePlanApiController {

    private final PurchasePlanning planning;
    private final InclusivePotentials potentials;
    private final CurrentActor actor;

    PurchasePlanApiController(PurchasePlanning planning, InclusivePotentials potentials, CurrentActor actor) {
        this.planning = planning;
        this.potentials = potentials;
        this.actor = actor;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "planPurchase", summary = "Prévoir un achat (directions acheteuses)")
    @Created("L'adresse de l'achat inscrit au plan.")
    ResponseEntity<PlannedPurchaseView> plan(@RequestBody PurchaseRequest request) {
        requireBuyer();
        String id = done(planning.plan(request.toForm(), actor.current().username()));
        return ResponseEntity.created(URI.create("/api/purchase-plan/" + id)).body(read(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "revisePlannedPurchase", summary = "Réviser un achat prévu")
    PlannedPurchaseView revise(@PathVariable String id, @RequestBody PurchaseRequest request) {
        requireBuyer();
        return read(done(planning.revise(id, request.toForm(), actor.current().username())));
    }

    @GetMapping
    @Operation(operationId = "getPurchasePlan", summary = "Le plan d'achats d'une direction (ou de toutes), par date prévue")
    List<PlannedPurchaseView> plan(@RequestParam(required = false) String directorate) {
        String value = directorate == null || directorate.isBlank() ? null : directorate.trim().toUpperCase();
        return potentials.planOf(value).stream().map(PlannedPurchaseView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPlannedPurchase", summary = "Un achat prévu, son potentiel inclusif et la recommandation avec sa règle")
    PlannedPurchaseView read(@PathVariable String id) {
        return potentials.of(id).map(PlannedPurchaseView::of)
                .orElseThrow(() -> new NotFoundException("Aucun achat prévu " + id + "."));
    }

    private void requireBuyer() {
        if (!Buyers.isBuyer(actor)) {
            throw new AccessDeniedException("Seules les directions acheteuses tiennent le plan d'achats.");
        }
    }

    private static String done(PurchasePlanning.Outcome outcome) {
        return switch (outcome) {
            case PurchasePlanning.Done done -> done.purchase().id();
            case PurchasePlanning.Rejected rejected -> throw new InvalidCommandException(rejected.violations()
                    .stream().toList());
            case PurchasePlanning.Unknown unknown -> throw new NotFoundException("Aucun achat prévu "
                    + unknown.id() + ".");
        };
    }
}
