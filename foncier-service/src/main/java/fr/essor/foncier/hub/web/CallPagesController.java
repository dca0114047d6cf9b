package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.application.HubCalls;
import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.application.HubOutcome;
import fr.essor.foncier.hub.domain.ApplicationStatus;
import fr.essor.foncier.hub.domain.OccupancyApplication;
import fr.essor.foncier.hub.domain.OccupancyCall;
import fr.essor.foncier.hub.domain.Project;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.kit.ui.FrenchFormat;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The calls for occupancy: the list with its form, and one call's page with its applications and decisions. */
@Controller
class CallPagesController {

    private final HubCalls calls;
    private final HubCatalogue catalogue;
    private final HubManagers managers;
    private final OrganisationChoice organisationChoice;

    CallPagesController(HubCalls calls, HubCatalogue catalogue, HubManagers managers,
                        OrganisationChoice organisationChoice) {
        this.calls = calls;
        this.catalogue = catalogue;
        this.managers = managers;
        this.organisationChoice = organisationChoice;
    }

    @GetMapping("/pole/appels")
    String calls(Model model) {
        return callsPage(Map.of(), Map.of(), model);
    }

    @PostMapping("/pole/appels")
    String openCall(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var types = HubRequests.types(form.get("spaceTypes"), refusals);
        var deadline = HubRequests.date("deadline", form.getFirst("deadline"), refusals);
        List<String> criteria = form.getFirst("criteria") == null ? List.of()
                : HubRequests.lines(Arrays.asList(form.getFirst("criteria").split("\\R")));
        if (refusals.isEmpty()) {
            var outcome = calls.open(form.getFirst("title"), form.getFirst("description"), types, criteria, deadline,
                    agent);
            if (outcome instanceof HubOutcome.Done<OccupancyCall> done) {
                redirect.addFlashAttribute("message", "L'appel " + done.result().id() + " est ouvert.");
                return "redirect:/pole/appels/" + done.result().id();
            }
            refusals.addAll(((HubOutcome.Rejected<OccupancyCall>) outcome).refusals());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        // the space types ticked come back ticked
        model.addAttribute("chosenTypes", form.getOrDefault("spaceTypes", List.of()));
        return callsPage(form.toSingleValueMap(), HubText.errors(refusals), model);
    }

    @GetMapping("/pole/appels/{id}")
    String call(@PathVariable String id, Model model) {
        return callPage(id, Map.of(), Map.of(), model);
    }

    @PostMapping("/pole/appels/{id}/candidatures")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var type = HubRequests.type("wishedType", form.getFirst("wishedType"), refusals);
        var start = HubRequests.date("startDate", form.getFirst("startDate"), refusals);
        Integer surface = HubText.integer("wishedSurface", form.getFirst("wishedSurface"), refusals);
        Integer months = HubText.integer("durationMonths", form.getFirst("durationMonths"), refusals);
        // the structure as typed: a SIRET with spaces, an RNA, a part of its name
        OrganisationChoice.Chosen organisation = organisationChoice.choose(form.getFirst("organisationId"));
        organisation.ambiguity().ifPresent(several -> refusals.add(new Violation("organisationId",
                "organisationId.ambiguous", several)));
        if (refusals.isEmpty()) {
            var outcome = calls.submit(id, organisation.identifier(), new Project(form.getFirst("title"),
                    form.getFirst("intendedUse"), type, surface, start, months, form.getFirst("contribution"),
                    "true".equals(form.getFirst("joinsCooperative"))), agent);
            if (outcome instanceof HubOutcome.Done<OccupancyApplication> done) {
                redirect.addFlashAttribute("message", "La candidature " + done.result().id() + " est déposée.");
                return "redirect:/pole/appels/" + id;
            }
            if (outcome instanceof HubOutcome.Unknown<OccupancyApplication>) {
                throw HubText.notFound();
            }
            refusals.addAll(((HubOutcome.Rejected<OccupancyApplication>) outcome).refusals());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return callPage(id, form.toSingleValueMap(), HubText.errors(refusals), model);
    }

    @PostMapping("/pole/candidatures/{applicationId}/decision")
    String decide(@PathVariable String applicationId, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String note, @RequestParam String callId, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String agent = managers.writer();
        ApplicationStatus decision = Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        var outcome = calls.decide(applicationId, decision, note, agent);
        if (outcome instanceof HubOutcome.Done<OccupancyApplication>) {
            redirect.addFlashAttribute("message", "La décision sur la candidature " + applicationId
                    + " est enregistrée.");
            return "redirect:/pole/appels/" + callId;
        }
        if (outcome instanceof HubOutcome.Unknown<OccupancyApplication>) {
            throw HubText.notFound();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("decisionErrorFor", applicationId);
        return callPage(callId, Map.of(), HubText.errors(((HubOutcome.Rejected<OccupancyApplication>) outcome)
                .refusals()), model);
    }

    private String callsPage(Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("calls", calls.calls().stream().map(c -> Map.of("id", c.id(), "title", c.title(),
                "deadline", FrenchFormat.date(c.deadline()), "open", c.acceptsOn(catalogue.today()) ? "Ouvert" : "Clos",
                "types", c.spaceTypes().stream().sorted().map(SpaceType::label).collect(Collectors.joining(", "))))
                .toList());
        model.addAttribute("types", HubText.types());
        model.addAttribute("mayWrite", managers.canWrite());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("chosenTypes")) {
            model.addAttribute("chosenTypes", List.of());
        }
        return "hub/calls";
    }

    private String callPage(String id, Map<String, String> form, Map<String, String> errors, Model model) {
        OccupancyCall call = calls.call(id).orElseThrow(HubText::notFound);
        model.addAttribute("call", call);
        model.addAttribute("deadline", FrenchFormat.date(call.deadline()));
        model.addAttribute("open", call.acceptsOn(catalogue.today()));
        model.addAttribute("callTypes", call.spaceTypes().stream().sorted().map(SpaceType::label)
                .collect(Collectors.joining(", ")));
        model.addAttribute("applications", calls.applicationsTo(id).stream().map(HubText::row).toList());
        model.addAttribute("decisions", List.of(new HubText.Option("SELECTED", "Retenue"),
                new HubText.Option("WAITING_LIST", "Liste d'attente"), new HubText.Option("REJECTED", "Non retenue")));
        model.addAttribute("types", HubText.types());
        model.addAttribute("mayWrite", managers.canWrite());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("none", List.of());
        if (!model.containsAttribute("decisionErrorFor")) {
            model.addAttribute("decisionErrorFor", "");
        }
        return "hub/call";
    }
}
