package fr.essor.procurement.contracts.web;

import fr.essor.procurement.web.Buyers;
import fr.essor.kit.apidocs.Created;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.contracts.application.Contracting;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.ContractFilter;
import fr.essor.procurement.contracts.domain.ContractStatus;
import fr.essor.procurement.contracts.domain.Reservation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** Contracts and lots: open, award, modify, read. */
@RestController
@RequestMapping(path = "/api/contracts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Marchés", description = "Marchés et lots, réservations, considérations sociales et environnementales")
class ContractApiController {

    private final Contracting contracting;
    private final Contracts contracts;
    private final CurrentActor actor;

    ContractApiController(Contracting contracting, Contracts contracts, CurrentActor actor) {
        this.contracting = contracting;
        this.contracts = contracts;
        this.actor = actor;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "openContract", summary = "Enregistrer un marché ou un lot en consultation")
    @Created("L'adresse du marché ouvert.")
    ResponseEntity<ContractView> open(@RequestBody ContractRequest request) {
        Buyers.require(actor);
        ContractView view = done(contracting.open(request.toForm(), actor.current().username()), null);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(view.id()).toUri()).body(view);
    }

    @GetMapping
    @Operation(operationId = "searchContracts", summary = "Lister les marchés (les derniers modifiés d'abord), filtrés par statut, réservation, direction")
    List<ContractView> search(@RequestParam(required = false) ContractStatus status,
                              @RequestParam(required = false) String reservation,
                              @RequestParam(required = false) String directorate,
                              @RequestParam(defaultValue = "200") int limit) {
        Reservation reservationValue = reservation == null || reservation.isBlank() ? null
                : Reservation.parse(reservation).orElseThrow(() -> new InvalidCommandException(List.of(
                new Violation("reservation", "reservation.unknown",
                        "Réservation inconnue : NONE, L2113-12, L2113-13 ou L2113-15."))));
        return contracts.search(new ContractFilter(status, reservationValue, directorate), Math.clamp(limit, 1, 1000))
                .stream().map(ContractView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getContract", summary = "Lire un marché")
    ContractView read(@PathVariable String id) {
        return contracts.find(id).map(ContractView::of).orElseThrow(() -> notFound(id));
    }

    @PostMapping(path = "/{id}/award", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Attribuer un marché",
            description = "Un marché réservé n'est attribué qu'à des titulaires éligibles ; sinon 400 avec la raison")
    ContractView award(@PathVariable String id, @RequestBody AwardRequest request) {
        Buyers.require(actor);
        return done(contracting.award(id, request.toForm(), actor.current().username()), id);
    }

    @PostMapping(path = "/{id}/modifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "modifyContract", summary = "Enregistrer une modification (avenant) d'un marché attribué")
    @Created(location = false)
    ResponseEntity<ContractView> modify(@PathVariable String id, @RequestBody ModificationRequest request) {
        Buyers.require(actor);
        ContractView view = done(contracting.modify(id, request.toForm(), actor.current().username()), id);
        return ResponseEntity.status(201).body(view);
    }

    private static ContractView done(Contracting.Outcome outcome, String id) {
        return switch (outcome) {
            case Contracting.Done done -> ContractView.of(done.contract());
            case Contracting.Rejected rejected -> throw invalid(rejected.violations());
            case Contracting.Unknown unknown -> throw notFound(unknown.contractId());
            case Contracting.Conflict conflict -> throw new ConflictException(conflict.message());
        };
    }

    static InvalidCommandException invalid(List<Violation> violations) {
        return new InvalidCommandException(violations.stream().toList());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Aucun marché enregistré sous l'identifiant " + id + ".");
    }
}
