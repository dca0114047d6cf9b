package fr.essor.funding.dashboard.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.dashboard.application.Dashboards;
import fr.essor.funding.dashboard.domain.FundingDashboard;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import fr.essor.kit.ui.FrenchFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/**
 * The funding dashboards for the DMTA and the DIEESS: the page {@code /tableau-de-bord}, its XLSX export, and the same
 * tables as JSON at {@code /api/dashboard}. Directorates' agents only.
 */
@Controller
class DashboardController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Dashboards dashboards;
    private final CurrentActor currentActor;

    DashboardController(Dashboards dashboards, CurrentActor currentActor) {
        this.dashboards = dashboards;
        this.currentActor = currentActor;
    }

    @GetMapping("/api/dashboard")
    @ResponseBody
    @Operation(operationId = "fundingDashboard", summary = "Les chiffres d'une édition de l'Appel à Agir (tableau de bord)",
            tags = "Tableau de bord")
    FundingDashboard api(@RequestParam int year) {
        return dashboard(year);
    }

    @GetMapping("/api/dashboard.xlsx")
    @Operation(operationId = "fundingDashboardXlsx", summary = "Le tableau de bord d'une édition en classeur XLSX",
            description = "Sans year : la dernière édition.", tags = "Tableau de bord")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year) {
        return xlsx(year, null);
    }

    /** The page's download link, in French ({@code annee}); not part of the API document. */
    @GetMapping("/tableau-de-bord.xlsx")
    @Hidden
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year,
                                @RequestParam(required = false) Integer annee) {
        int edition = year != null ? year : annee != null ? annee : latest();
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"tableau-de-bord-" + edition + ".xlsx\"")
                .body(DashboardSpreadsheet.of(dashboard(edition)));
    }

    record StatusLine(String label, long count) {
    }

    @GetMapping("/tableau-de-bord")
    String page(@RequestParam(required = false) Integer annee, Model model) {
        refuseTerritoryAccounts();
        List<Integer> years = dashboards.years();
        model.addAttribute("years", years);
        if (years.isEmpty()) {
            model.addAttribute("dashboard", null);
            return "dashboard/dashboard";
        }
        FundingDashboard d = dashboard(annee == null ? years.getFirst() : annee);
        model.addAttribute("dashboard", d);
        model.addAttribute("median", d.medianDelayDays().map(m -> FrenchFormat.quantity(m, "jour", "jours"))
                .orElse("—"));
        model.addAttribute("decisions", FrenchFormat.count(d.decidedCount(), "décision", "décisions"));
        model.addAttribute("statuses", d.byStatus().entrySet().stream()
                .map(e -> new StatusLine(ApplicationStatus.valueOf(e.getKey()).label(), e.getValue())).toList());
        return "dashboard/dashboard";
    }


    private int latest() {
        return dashboards.years().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Aucun Appel à Agir n'est encore créé."));
    }

    private FundingDashboard dashboard(int year) {
        refuseTerritoryAccounts();
        return dashboards.of(year).orElseThrow(() -> new NotFoundException("Aucun Appel à Agir pour " + year + "."));
    }

    private void refuseTerritoryAccounts() {
        if (currentActor.current().hasRole(Role.EPT) && !currentActor.current().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Les tableaux de bord sont réservés aux directions du Département.");
        }
    }
}
