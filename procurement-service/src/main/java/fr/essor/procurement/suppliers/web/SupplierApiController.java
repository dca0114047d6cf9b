package fr.essor.procurement.suppliers.web;

import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.suppliers.application.ReportedFacts;
import fr.essor.procurement.suppliers.application.SupplierDirectory;
import fr.essor.procurement.suppliers.domain.SupplierCategory;
import fr.essor.procurement.suppliers.domain.SupplierFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** The directory of ESS and inclusive suppliers: describe a supplier, search, read. */
@RestController
@RequestMapping(path = "/api/suppliers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fournisseurs de l'ESS", description = "SIAE, EA, ESAT, ESUS, coopératives : secteurs, territoires, capacité")
class SupplierApiController {

    /** Who may describe suppliers: buyers and the clause facilitators who meet them. */
    static final Role[] EDITORS = {Role.ACHATS, Role.DIEESS, Role.DJVA, Role.DTER, Role.DMTA, Role.DPAS,
            Role.FACILITATOR, Role.ADMIN};

    private final SupplierDirectory directory;
    private final Contracts contracts;
    private final ReportedFacts facts;
    private final Communes communes;
    private final CurrentActor actor;

    SupplierApiController(SupplierDirectory directory, Contracts contracts, ReportedFacts facts, Communes communes,
                          CurrentActor actor) {
        this.directory = directory;
        this.contracts = contracts;
        this.facts = facts;
        this.communes = communes;
        this.actor = actor;
    }

    @PutMapping(path = "/{siret}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "describeSupplier", summary = "Décrire un fournisseur (structure déjà enregistrée, par son SIRET)")
    SupplierView describe(@PathVariable String siret, @RequestBody SupplierProfileRequest request) {
        if (!actor.hasAnyRole(EDITORS)) {
            throw new AccessDeniedException("Seuls les acheteurs et les facilitateurs décrivent les fournisseurs.");
        }
        return switch (directory.describe(siret, request.toForm(), actor.current().username())) {
            case SupplierDirectory.Done done -> SupplierView.of(done.supplier(), contracts.heldBy(siret),
                    facts.of(siret), communes);
            case SupplierDirectory.Rejected rejected -> throw new InvalidCommandException(rejected.violations()
                    .stream().toList());
            case SupplierDirectory.NotRegistered notRegistered -> throw new NotFoundException("Aucune structure "
                    + "enregistrée sous le SIRET " + siret + " : enregistrez-la d'abord avec POST /api/organisations.");
        };
    }

    @GetMapping
    @Operation(operationId = "searchSuppliers", summary = "Chercher des fournisseurs par secteur (division CPV), territoire, catégorie, type, capacité, nom")
    List<SupplierView> search(@RequestParam(required = false) String sector,
                              @RequestParam(required = false) String territory,
                              @RequestParam(required = false) String category,
                              @RequestParam(required = false) String inclusionType,
                              @RequestParam(required = false) BigDecimal minCapacity,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "200") int limit) {
        SupplierCategory categoryValue = blankToNull(category) == null ? null : SupplierCategory.parse(category)
                .orElseThrow(() -> new InvalidCommandException(List.of(new Violation("category",
                        "category.unknown", "Catégorie inconnue : SIAE, EA, ESAT, ESUS ou COOPERATIVE."))));
        SupplierFilter filter = new SupplierFilter(blankToNull(sector), blankToNull(territory), categoryValue,
                blankToNull(inclusionType), minCapacity, blankToNull(q));
        return directory.search(filter, Math.clamp(limit, 1, 1000)).stream()
                .map(supplier -> SupplierView.of(supplier, null)).toList();
    }

    @GetMapping("/{siret}")
    @Operation(operationId = "getSupplier", summary = "Lire un fournisseur, les marchés dont il est titulaire, ses subventions et ses locaux")
    SupplierView read(@PathVariable String siret) {
        return directory.find(siret).map(supplier -> SupplierView.of(supplier, contracts.heldBy(siret),
                        facts.of(siret), communes))
                .orElseThrow(() -> new NotFoundException("Aucun fournisseur décrit sous le SIRET " + siret + "."));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
