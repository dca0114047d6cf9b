package fr.essor.procurement.suppliers.web;

import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.suppliers.application.ReportedFacts;
import fr.essor.procurement.suppliers.application.SupplierDirectory;
import fr.essor.procurement.reference.CpvDivisions;
import fr.essor.procurement.suppliers.domain.SupplierCategory;
import fr.essor.procurement.suppliers.domain.SupplierFacts;
import fr.essor.procurement.suppliers.domain.SupplierFilter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/**
 * The supplier directory pages: the filtered list and one supplier's page with its contracts, and the grants and
 * premises funding and foncier reported.
 */
@Controller
class SupplierPageController {

    private static final int PAGE_LIMIT = 500;

    private final SupplierDirectory directory;
    private final Contracts contracts;
    private final ReportedFacts facts;
    private final Communes communes;
    private final CurrentActor actor;

    SupplierPageController(SupplierDirectory directory, Contracts contracts, ReportedFacts facts,
                           Communes communes, CurrentActor actor) {
        this.actor = actor;
        this.directory = directory;
        this.contracts = contracts;
        this.facts = facts;
        this.communes = communes;
    }

    @GetMapping("/fournisseurs")
    String list(@RequestParam(required = false) String sector, @RequestParam(required = false) String territory,
                @RequestParam(required = false) String category, @RequestParam(required = false) String q,
                Model model) {
        SupplierFilter filter = new SupplierFilter(SupplierApiController.blankToNull(sector),
                SupplierApiController.blankToNull(territory), SupplierCategory.parse(category).orElse(null), null,
                null, SupplierApiController.blankToNull(q));
        model.addAttribute("filter", filter);
        model.addAttribute("rows", directory.search(filter, PAGE_LIMIT).stream()
                .map(s -> SupplierRow.of(s, List.of(), SupplierFacts.none(), communes)).toList());
        List<String> awardees = contracts.awarded().stream().flatMap(c -> c.award().holders().stream())
                .filter(Holder::registered).map(Holder::siret).toList();
        model.addAttribute("undescribed", directory.undescribed(awardees, filter, PAGE_LIMIT).stream()
                .map(s -> SupplierRow.undescribed(s.organisation(), s.siret(), contracts.heldBy(s.siret()),
                        SupplierFacts.none(), communes)).toList());
        model.addAttribute("sectors", CpvDivisions.all());
        model.addAttribute("territories", communes.territories());
        model.addAttribute("categories", SupplierCategory.values());
        model.addAttribute("canEdit", actor.hasAnyRole(SupplierApiController.EDITORS));
        return "suppliers/list";
    }

    @GetMapping("/fournisseurs/{siret}")
    String show(@PathVariable String siret, Model model) {
        model.addAttribute("supplier", directory.find(siret)
                .map(s -> SupplierRow.of(s, contracts.heldBy(siret), facts.of(siret), communes))
                .or(() -> directory.registered(siret).map(o -> SupplierRow.undescribed(o, siret,
                        contracts.heldBy(siret), facts.of(siret), communes)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Fournisseur inconnu")));
        model.addAttribute("canEdit", actor.hasAnyRole(SupplierApiController.EDITORS));
        return "suppliers/show";
    }
}
