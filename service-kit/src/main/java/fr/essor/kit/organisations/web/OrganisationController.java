package fr.essor.kit.organisations.web;

import fr.essor.kit.organisations.application.OrganisationRegistry;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.apidocs.Created;
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

import java.security.Principal;
import java.util.List;

/** The organisations this service works with: register, change, read. */
@RestController
@RequestMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Structures de l'ESS", description = "Les structures avec lesquelles ce service travaille")
public class OrganisationController {

    private final OrganisationRegistry registry;
    private final Organisations organisations;

    public OrganisationController(OrganisationRegistry registry, Organisations organisations) {
        this.registry = registry;
        this.organisations = organisations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "registerOrganisation", summary = "Enregistrer une structure",
            description = "Publie organisation-registered.v1. 409 si la structure est déjà enregistrée (la modifier "
                    + "avec PUT).")
    @Created("L'adresse de la structure enregistrée (par son SIRET ou son RNA).")
    public ResponseEntity<OrganisationView> register(@RequestBody OrganisationRequest request, Principal agent) {
        return switch (registry.register(request.toForm(), agent.getName())) {
            case OrganisationRegistry.Done done -> ResponseEntity
                    .created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                            .buildAndExpand(done.organisation().id()).toUri())
                    .body(OrganisationView.of(done.organisation()));
            case OrganisationRegistry.Rejected rejected -> throw invalid(rejected.violations());
            case OrganisationRegistry.AlreadyKnown known -> throw new ConflictException(
                    "La structure " + known.existing().id() + " est déjà enregistrée ; modifiez-la avec PUT "
                            + "/api/organisations/" + known.existing().id() + ".");
            case OrganisationRegistry.Unknown unknown -> throw new IllegalStateException("unreachable");
        };
    }

    @PutMapping(path = "/{siretOrRna}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeOrganisation", summary = "Modifier une structure",
            description = "Publie organisation-updated.v1 si quelque chose change.")
    public OrganisationView change(@PathVariable("siretOrRna") String id, @RequestBody OrganisationRequest request,
                                   Principal agent) {
        return switch (registry.change(id, request.toForm(), agent.getName())) {
            case OrganisationRegistry.Done done -> OrganisationView.of(done.organisation());
            case OrganisationRegistry.Rejected rejected -> throw invalid(rejected.violations());
            case OrganisationRegistry.Unknown unknown -> throw notFound(id);
            case OrganisationRegistry.AlreadyKnown known -> throw new IllegalStateException("unreachable");
        };
    }

    @GetMapping("/{siretOrRna}")
    @Operation(operationId = "readOrganisation", summary = "Lire une structure par son SIRET ou son RNA")
    public OrganisationView read(@PathVariable String siretOrRna) {
        return organisations.findByIdentifier(siretOrRna).map(OrganisationView::of)
                .orElseThrow(() -> notFound(siretOrRna));
    }

    @GetMapping
    @Operation(operationId = "listOrganisations", summary = "Lister les structures (par nom)")
    public List<OrganisationView> list(@RequestParam(defaultValue = "100") int limit) {
        return organisations.list(Math.clamp(limit, 1, 500)).stream().map(OrganisationView::of).toList();
    }

    private static InvalidCommandException invalid(List<Violation> violations) {
        return new InvalidCommandException(violations.stream().toList());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Aucune structure enregistrée sous l'identifiant " + id + ".");
    }
}
