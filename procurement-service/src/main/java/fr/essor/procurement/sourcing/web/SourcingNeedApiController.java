package fr.essor.procurement.sourcing.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.sourcing.application.Sourcing;
import fr.essor.procurement.sourcing.domain.NeedStatus;
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

import java.net.URI;
import java.util.List;

/** Sourcing needs: published by buyers, matched with the directory, the suppliers' interest and the outcome. */
@RestController
@RequestMapping(path = "/api/sourcing-needs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Besoins de sourcing", description = "Besoins publiés, fournisseurs correspondants, intérêts et issue")
class SourcingNeedApiController {

    private final Sourcing sourcing;
    private final CurrentActor actor;

    SourcingNeedApiController(Sourcing sourcing, CurrentActor actor) {
        this.sourcing = sourcing;
        this.actor = actor;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "publishSourcingNeed", summary = "Publier un besoin : les fournisseurs correspondants sont notifiés (sourcing-need-published.v1)")
    @Created("L'adresse du besoin de sourcing publié.")
    ResponseEntity<NeedView> publish(@RequestBody NeedRequest request) {
        SourcingAgents.requirePublisher(actor);
        String id = done(sourcing.publish(request.toForm(), actor.current().username()));
        return ResponseEntity.created(URI.create("/api/sourcing-needs/" + id)).body(read(id));
    }

    @GetMapping
    @Operation(operationId = "listSourcingNeeds", summary = "Les besoins (OPEN, AWARDED, NOT_AWARDED, ou tous), les plus récents d'abord")
    List<NeedView> list(@RequestParam(required = false) String status) {
        return sourcing.list(status(status)).stream().map(NeedView::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSourcingNeed", summary = "Un besoin, les fournisseurs de l'annuaire qui y correspondent, les intérêts, l'issue")
    NeedView read(@PathVariable String id) {
        return sourcing.find(id).map(NeedView::of)
                .orElseThrow(() -> new NotFoundException("Aucun besoin de sourcing " + id + "."));
    }

    @PostMapping(path = "/{id}/interests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "registerSupplierInterest", summary = "Enregistrer l'intérêt d'un fournisseur de l'annuaire, pour son compte")
    @Created(location = false)
    ResponseEntity<NeedView> interest(@PathVariable String id, @RequestBody InterestRequest request) {
        SourcingAgents.requireSupplierAgent(actor);
        done(sourcing.recordInterest(id, request.siret(), request.note(), actor.current().username()));
        return ResponseEntity.status(201).body(read(id));
    }

    @PutMapping(path = "/{id}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "setSourcingOutcome", summary = "Enregistrer l'issue : marché attribué (son numéro) ou sans suite (la raison)")
    NeedView outcome(@PathVariable String id, @RequestBody OutcomeRequest request) {
        SourcingAgents.requirePublisher(actor);
        return read(done(sourcing.close(id, request.toForm(), actor.current().username())));
    }

    private static NeedStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NeedStatus.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException(List.of(new Violation("status", "status.unknown",
                    "Statut inconnu : OPEN, AWARDED ou NOT_AWARDED.")));
        }
    }

    private static String done(Sourcing.Outcome outcome) {
        return switch (outcome) {
            case Sourcing.Done done -> done.need().id();
            case Sourcing.Rejected rejected -> throw new InvalidCommandException(rejected.violations().stream().toList());
            case Sourcing.Unknown unknown -> throw new NotFoundException("Aucun besoin de sourcing "
                    + unknown.needId() + ".");
            case Sourcing.NotASupplier notASupplier -> throw new InvalidCommandException(List.of(new Violation(
                    "siret", "supplier.unknown", NOT_A_SUPPLIER.formatted(notASupplier.siret()))));
            case Sourcing.Conflict conflict -> throw new ConflictException(conflict.message());
        };
    }

    static final String NOT_A_SUPPLIER = "« %s » n'est pas un fournisseur de l'annuaire : décrivez d'abord la "
            + "structure dans l'annuaire des fournisseurs.";
}
