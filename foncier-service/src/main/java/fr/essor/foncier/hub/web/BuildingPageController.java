package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.application.HubOutcome;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.kit.domain.Violation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A building's page: its record, which the hub managers complete, its spaces and its history. */
@Controller
class BuildingPageController {

    private final HubCatalogue catalogue;
    private final HubManagers managers;

    BuildingPageController(HubCatalogue catalogue, HubManagers managers) {
        this.catalogue = catalogue;
        this.managers = managers;
    }

    @GetMapping("/pole/batiments/{code}")
    String building(@PathVariable String code, Model model) {
        Building building = catalogue.building(code).orElseThrow(HubText::notFound);
        return buildingPage(building, buildingForm(building), Map.of(), model);
    }

    @PostMapping("/pole/batiments/{code}")
    String editBuilding(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        String agent = managers.writer();
        Building building = catalogue.building(code).orElseThrow(HubText::notFound);
        List<Violation> refusals = new ArrayList<>();
        Integer surface = HubText.integer("surface", form.getFirst("surface"), refusals);
        Integer floors = HubText.integer("floors", form.getFirst("floors"), refusals);
        if (refusals.isEmpty()) {
            HubOutcome<Building> outcome = catalogue.editBuilding(code, form.getFirst("name"), surface, floors,
                    form.getFirst("accessibility"), form.getFirst("notes"), agent);
            if (outcome instanceof HubOutcome.Done<Building>) {
                redirect.addFlashAttribute("message", "La fiche du bâtiment est enregistrée.");
                return "redirect:/pole/batiments/" + code;
            }
            refusals.addAll(((HubOutcome.Rejected<Building>) outcome).refusals());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return buildingPage(building, form.toSingleValueMap(), HubText.errors(refusals), model);
    }

    /** The building form's values: what the managers wrote, or blanks over a placeholder. */
    private static Map<String, String> buildingForm(Building b) {
        return Map.of("name", b.name(), "surface", b.surface() == 0 ? "" : String.valueOf(b.surface()),
                "floors", b.floors() == 0 ? "" : String.valueOf(b.floors()),
                "accessibility", b.accessibility() == null ? "" : b.accessibility(),
                "notes", b.placeholder() || b.description() == null ? "" : b.description());
    }

    private String buildingPage(Building building, Map<String, String> form, Map<String, String> errors,
                                Model model) {
        Map<String, String> names = Map.of(building.code(), building.name());
        var day = catalogue.today();
        model.addAttribute("building", building);
        model.addAttribute("spaces", catalogue.spaces().stream().filter(s -> s.buildingCode().equals(building.code()))
                .map(s -> HubText.row(s, day, names)).toList());
        model.addAttribute("history", building.history().reversed().stream().map(HubText::change).toList());
        model.addAttribute("mayWrite", managers.canWrite());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "hub/building";
    }
}
