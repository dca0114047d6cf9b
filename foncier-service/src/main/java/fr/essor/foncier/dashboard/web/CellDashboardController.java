package fr.essor.foncier.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import fr.essor.foncier.dashboard.application.CellFigures;
import fr.essor.foncier.intermediation.application.Intermediations;
import fr.essor.foncier.premises.application.PremisesFilter;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The intermediation cell's dashboard: needs by status and EPT, matches, leases signed and ended, m² housed. */
@Controller
class CellDashboardController {

    private static final int LIMIT = 50_000;

    private final PremisesNeeds needs;
    private final Intermediations intermediations;
    private final CurrentActor currentActor;
    private final Communes communes;
    private final Clock clock;

    CellDashboardController(PremisesNeeds needs, Intermediations intermediations, CurrentActor currentActor,
                            Communes communes, Clock clock) {
        this.needs = needs;
        this.communes = communes;
        this.intermediations = intermediations;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record Row(String label, List<Integer> counts) {
    }

    @GetMapping("/tableau-de-bord")
    String dashboard(@RequestParam(name = "annee", required = false) Integer year, Model model) {
        CellFigures figures = figures(year);
        List<Row> rows = new ArrayList<>();
        for (var status : CellFigures.statuses()) {
            var counts = figures.needsByStatus().get(status);
            rows.add(new Row(status.label(), new ArrayList<>(counts.values())));
        }
        List<String> columns = new ArrayList<>();
        communes.territories().stream().filter(t -> CellFigures.TERRITORIES.contains(t.code()))
                .forEach(t -> columns.add(t.code() + " " + t.name()));
        columns.add("Sans EPT précisé");
        columns.add("Total");
        model.addAttribute("f", figures);
        model.addAttribute("columns", columns);
        model.addAttribute("rows", rows);
        return "dashboard/cell";
    }

    @GetMapping(path = "/api/dashboard", produces = "application/json")
    @ResponseBody
    @Operation(operationId = "cellDashboard", summary = "Les chiffres de la cellule d'intermédiation pour une année",
            description = "Interne au Département : refusé aux comptes EPT (403).", tags = "Tableau de bord")
    CellFigures api(@RequestParam(name = "year", required = false) Integer year) {
        return figures(year);
    }

    private CellFigures figures(Integer year) {
        if (currentActor.hasAnyRole(Role.EPT)) {
            throw new AccessDeniedException("Le tableau de bord de la cellule est interne au Département.");
        }
        int chosen = year != null ? year : LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).getYear();
        return CellFigures.of(chosen, needs.search(PremisesFilter.none(), LIMIT), intermediations.latest(LIMIT));
    }
}
