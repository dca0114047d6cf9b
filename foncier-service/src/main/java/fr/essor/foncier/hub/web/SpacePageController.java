package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.application.HubAllocations;
import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.application.HubOutcome;
import fr.essor.foncier.hub.domain.Allocation;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.Candidates;
import fr.essor.foncier.hub.domain.OccupancyAgreement;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceDetails;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.ui.FrenchFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A space's page: its record, its allocations with their agreements and departures, and whom it may go to. */
@Controller
class SpacePageController {

    private final HubCatalogue catalogue;
    private final HubAllocations allocations;
    private final HubManagers managers;
    private final DocumentRenderer documents;

    SpacePageController(HubCatalogue catalogue, HubAllocations allocations, HubManagers managers,
                        DocumentRenderer documents) {
        this.catalogue = catalogue;
        this.allocations = allocations;
        this.managers = managers;
        this.documents = documents;
    }

    @GetMapping("/pole/espaces/{id}")
    String space(@PathVariable String id, Model model) {
        return spacePage(find(id), Map.of(), Map.of(), model);
    }

    @PostMapping("/pole/espaces/{id}/fiche")
    String describeSpace(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        SpaceType type = HubRequests.type("type", form.getFirst("type"), refusals);
        Integer surface = HubText.integer("surface", form.getFirst("surface"), refusals);
        List<String> equipment = form.getFirst("equipment") == null ? List.of()
                : HubRequests.lines(Arrays.asList(form.getFirst("equipment").split("\\R")));
        return answerOnSpacePage(id, refusals,
                () -> catalogue.describeSpace(id, new SpaceDetails(form.getFirst("name"),
                        surface == null ? 0 : surface, HubText.blankToNull(form.getFirst("floor")), type, equipment,
                        "true".equals(form.getFirst("accessible"))), agent),
                "La fiche de l'espace est enregistrée.", form, model, response, redirect);
    }

    @PostMapping("/pole/espaces/{id}/attributions")
    String allocate(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var start = HubRequests.date("startDate", form.getFirst("startDate"), refusals);
        var end = HubRequests.date("endDate", form.getFirst("endDate"), refusals);
        return answerOnSpacePage(id, refusals,
                () -> allocations.allocate(id, HubText.blankToNull(form.getFirst("applicationId")), start, end, agent),
                "L'espace est attribué.", form, model, response, redirect);
    }

    @PostMapping("/pole/espaces/{id}/attributions/{allocationId}/depart")
    String vacate(@PathVariable String id, @PathVariable String allocationId,
                  @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var lastDay = HubRequests.date("lastDay", form.getFirst("lastDay"), refusals);
        return answerOnSpacePage(id, refusals,
                () -> allocations.vacate(id, allocationId, lastDay, agent),
                "Le départ est enregistré : l'espace est libre.", form, model, response, redirect);
    }

    @PostMapping("/pole/espaces/{id}/attributions/{allocationId}/convention")
    String draftAgreement(@PathVariable String id, @PathVariable String allocationId,
                          @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        BigDecimal fee = null;
        String typed = form.getFirst("feePerSquareMetreMonth");
        if (typed == null || typed.isBlank()) {
            refusals.add(new Violation("feePerSquareMetreMonth", "fee.required",
                    "Indiquez la redevance en euros par m² et par mois."));
        } else {
            try {
                fee = FrenchFormat.parseAmount(typed);
            } catch (NumberFormatException e) {
                refusals.add(new Violation("feePerSquareMetreMonth", "fee.format",
                        "Montant attendu en euros, par exemple 12,50 : « " + typed + " »."));
            }
        }
        model.addAttribute("agreementErrorFor", allocationId); // read only when the form is shown again
        BigDecimal feeRead = fee;
        return answerOnSpacePage(id, refusals,
                () -> allocations.draftAgreement(id, allocationId, feeRead, form.getFirst("rules"), agent),
                "La convention d'occupation est établie.", form, model, response, redirect);
    }

    @PostMapping("/pole/espaces/{id}/attributions/{allocationId}/convention/signature")
    String signAgreement(@PathVariable String id, @PathVariable String allocationId,
                         @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var signedOn = HubRequests.date("signedOn", form.getFirst("signedOn"), refusals);
        model.addAttribute("agreementErrorFor", allocationId); // read only when the form is shown again
        return answerOnSpacePage(id, refusals,
                () -> allocations.signAgreement(id, allocationId, form.getFirst("signatory"), signedOn, agent),
                "La signature de la convention est enregistrée.", form, model, response, redirect);
    }

    @GetMapping("/pole/espaces/{id}/attributions/{allocationId}/convention.pdf")
    ResponseEntity<byte[]> agreementPdf(@PathVariable String id, @PathVariable String allocationId) {
        Space space = find(id);
        Allocation allocation = space.allocations().stream().filter(a -> a.id().equals(allocationId)
                && a.agreement() != null).findFirst().orElseThrow(HubText::notFound);
        Building building = catalogue.building(space.buildingCode()).orElseThrow(HubText::notFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + allocation.agreement().number() + ".pdf\"")
                .body(OccupancyAgreementPdf.of(space, building, allocation, documents));
    }

    /**
     * What a form on a space's page answers once its fields are read: when they were, the action's outcome — back to
     * the page with a message, 404 for an unknown space or allocation, or the page again with the refusals (400).
     */
    private String answerOnSpacePage(String id, List<Violation> refusals, Supplier<HubOutcome<Space>> action,
                                     String doneMessage, MultiValueMap<String, String> form, Model model,
                                     HttpServletResponse response, RedirectAttributes redirect) {
        if (refusals.isEmpty()) {
            switch (action.get()) {
                case HubOutcome.Done<Space> done -> {
                    redirect.addFlashAttribute("message", doneMessage);
                    return "redirect:/pole/espaces/" + id;
                }
                case HubOutcome.Unknown<Space> unknown -> throw HubText.notFound();
                case HubOutcome.Rejected<Space> rejected -> refusals.addAll(rejected.refusals());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return spacePage(find(id), form.toSingleValueMap(), HubText.errors(refusals), model);
    }

    private String spacePage(Space space, Map<String, String> form, Map<String, String> errors, Model model) {
        // whom the space may go to is the allocation's own rule: the page only shows the answer
        Candidates.Offer offer = allocations.offerFor(space);
        String suffix = offer.waitingListFirst() ? " (en tête de la liste d'attente pour cet espace libéré)" : "";
        model.addAttribute("space", HubText.row(space, catalogue.today(), HubText.buildingNames(catalogue.buildings())));
        model.addAttribute("allocations", space.allocations().stream().map(HubText::row).toList());
        model.addAttribute("history", space.history().reversed().stream().map(HubText::change).toList());
        model.addAttribute("details", space.details());
        if (!model.containsAttribute("agreementErrorFor")) {
            model.addAttribute("agreementErrorFor", "");
        }
        model.addAttribute("standardRules", OccupancyAgreement.STANDARD_RULES);
        model.addAttribute("equipmentText", String.join("\n", space.details().equipment()));
        model.addAttribute("types", HubText.types());
        model.addAttribute("candidates", offer.applications().stream().map(a -> HubText.option(a, suffix)).toList());
        model.addAttribute("waitingFirst", offer.waitingListFirst());
        model.addAttribute("mayWrite", managers.canWrite());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("none", List.of());
        return "hub/space";
    }

    private Space find(String id) {
        return catalogue.spaces().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(HubText::notFound);
    }
}
