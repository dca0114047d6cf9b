package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.application.HubAllocations;
import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.application.HubOutcome;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceDetails;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.kit.ui.FrenchFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The hub's own page: occupancy by type and building, the catalogue of spaces with its form, the waiting list. */
@Controller
class HubPageController {

    private final HubCatalogue catalogue;
    private final HubAllocations allocations;
    private final HubManagers managers;

    HubPageController(HubCatalogue catalogue, HubAllocations allocations, HubManagers managers) {
        this.catalogue = catalogue;
        this.allocations = allocations;
        this.managers = managers;
    }

    @GetMapping("/pole")
    String hub(Model model) {
        return hubPage(Map.of(), Map.of(), model);
    }

    @PostMapping("/pole/espaces")
    String createSpace(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        SpaceType type = HubRequests.type("type", form.getFirst("type"), refusals);
        Integer surface = HubText.integer("surface", form.getFirst("surface"), refusals);
        List<String> equipment = form.getFirst("equipment") == null ? List.of()
                : HubRequests.lines(Arrays.asList(form.getFirst("equipment").split("\\R")));
        if (refusals.isEmpty()) {
            HubOutcome<Space> outcome = catalogue.createSpace(form.getFirst("buildingCode"),
                    new SpaceDetails(form.getFirst("name"), surface == null ? 0 : surface, form.getFirst("floor"),
                            type, equipment, "true".equals(form.getFirst("accessible"))), agent);
            if (outcome instanceof HubOutcome.Done<Space> done) {
                redirect.addFlashAttribute("message", "L'espace " + done.result().id() + " est ajouté au catalogue.");
                return "redirect:/pole/espaces/" + done.result().id();
            }
            refusals.addAll(((HubOutcome.Rejected<Space>) outcome).refusals());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return hubPage(form.toSingleValueMap(), HubText.errors(refusals), model);
    }

    @GetMapping("/pole/occupation.xlsx")
    ResponseEntity<byte[]> occupancyWorkbook() {
        byte[] body = OccupancyWorkbook.of(catalogue.occupancy(), catalogue.spaces(),
                OccupancyWorkbook.names(catalogue.buildings()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XlsxWorkbook.MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"occupation-du-pole.xlsx\"").body(body);
    }

    private String hubPage(Map<String, String> form, Map<String, String> errors, Model model) {
        HubCatalogue.Report report = catalogue.occupancy();
        Map<String, String> buildingNames = HubText.buildingNames(catalogue.buildings());
        model.addAttribute("day", FrenchFormat.date(report.day()));
        model.addAttribute("overall", HubText.Rate.of("Tout le pôle", report.overall()));
        model.addAttribute("byType", report.byType().entrySet().stream()
                .map(e -> HubText.Rate.of(SpaceType.valueOf(e.getKey()).label(), e.getValue())).toList());
        model.addAttribute("byBuilding", report.byBuilding().entrySet().stream()
                .map(e -> HubText.Rate.of(e.getKey() + " — " + buildingNames.getOrDefault(e.getKey(), ""),
                        e.getValue())).toList());
        model.addAttribute("spaces", catalogue.spaces().stream()
                .map(s -> HubText.row(s, report.day(), buildingNames)).toList());
        model.addAttribute("buildings", catalogue.buildings());
        model.addAttribute("waiting", allocations.waitingList().all().stream().map(HubText::row).toList());
        model.addAttribute("types", HubText.types());
        model.addAttribute("mayWrite", managers.canWrite());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("none", List.of());
        return "hub/hub";
    }
}
