package fr.essor.foncier.hub.web;

import fr.essor.foncier.hub.application.HubAllocations;
import fr.essor.foncier.hub.application.HubCalls;
import fr.essor.foncier.hub.application.HubCatalogue;
import fr.essor.foncier.hub.application.HubOutcome;
import fr.essor.foncier.hub.domain.Allocation;
import fr.essor.foncier.hub.domain.ApplicationStatus;
import fr.essor.foncier.hub.domain.Building;
import fr.essor.foncier.hub.domain.OccupancyApplication;
import fr.essor.foncier.hub.domain.OccupancyCall;
import fr.essor.foncier.hub.domain.Project;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.foncier.hub.domain.Space;
import fr.essor.foncier.hub.domain.SpaceDetails;
import fr.essor.foncier.hub.domain.SpaceType;
import fr.essor.kit.documents.DocumentRenderer;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The hub managers' pages: occupancy and catalogue, a space with its allocations, calls and applications. */
@Controller
class HubPageController {

    private final HubCatalogue catalogue;
    private final HubAllocations allocations;
    private final HubCalls calls;
    private final HubManagers managers;
    private final DocumentRenderer documents;

    private final OrganisationChoice organisationChoice;

    HubPageController(HubCatalogue catalogue, HubAllocations allocations, HubCalls calls, HubManagers managers,
                      DocumentRenderer documents, OrganisationChoice organisationChoice) {
        this.organisationChoice = organisationChoice;
        this.documents = documents;
        this.catalogue = catalogue;
        this.allocations = allocations;
        this.calls = calls;
        this.managers = managers;
    }

    record SpaceRow(String id, String building, String name, String surface, String floor, String type,
                    String equipment, String accessible, String occupant) {
    }

    record AllocationRow(String id, String organisation, String application, String period, String vacated,
                         boolean ongoing, String agreement, boolean drafted, boolean signed) {
    }

    record ApplicationRow(String id, String organisation, String project, String use, String wished,
                          String start, String duration, String contribution, String cooperative, String status,
                          String statusCode, String note) {
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
                        surface == null ? 0 : surface, blankToNull(form.getFirst("floor")), type, equipment,
                        "true".equals(form.getFirst("accessible"))), agent),
                "La fiche de l'espace est enregistrée.", form, model, response, redirect);
    }

    @PostMapping("/pole/espaces/{id}/attributions/{allocationId}/convention")
    String draftAgreement(@PathVariable String id, @PathVariable String allocationId,
                          @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        java.math.BigDecimal fee = null;
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
        java.math.BigDecimal feeRead = fee;
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
    org.springframework.http.ResponseEntity<byte[]> agreementPdf(@PathVariable String id,
                                                                 @PathVariable String allocationId) {
        Space space = find(id);
        Allocation allocation = space.allocations().stream().filter(a -> a.id().equals(allocationId)
                && a.agreement() != null).findFirst().orElseThrow(HubPageController::notFound);
        Building building = catalogue.building(space.buildingCode()).orElseThrow(HubPageController::notFound);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + allocation.agreement().number() + ".pdf\"")
                .body(OccupancyAgreementPdf.of(space, building, allocation, documents));
    }

    @GetMapping("/pole/occupation.xlsx")
    org.springframework.http.ResponseEntity<byte[]> occupancyWorkbook() {
        byte[] body = OccupancyWorkbook.of(catalogue.occupancy(), catalogue.spaces(),
                OccupancyWorkbook.names(catalogue.buildings()));
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(
                        fr.essor.kit.exports.XlsxWorkbook.MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"occupation-du-pole.xlsx\"").body(body);
    }

    @GetMapping("/pole/batiments/{code}")
    String building(@PathVariable String code, Model model) {
        Building building = catalogue.building(code).orElseThrow(HubPageController::notFound);
        return buildingPage(building, buildingForm(building), Map.of(), model);
    }

    @PostMapping("/pole/batiments/{code}")
    String editBuilding(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        String agent = managers.writer();
        Building building = catalogue.building(code).orElseThrow(HubPageController::notFound);
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
                .map(s -> row(s, day, names)).toList());
        model.addAttribute("history", building.history().reversed().stream().map(HubPageController::change)
                .toList());
        model.addAttribute("mayWrite", managers.canWrite());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "hub/building";
    }

    record ChangeRow(String when, String by, String what) {
    }

    private static ChangeRow change(fr.essor.foncier.hub.domain.Change c) {
        return new ChangeRow(FrenchFormat.dateTime(c.at()), c.by(), c.what());
    }

    @PostMapping("/pole/espaces/{id}/attributions")
    String allocate(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        String agent = managers.writer();
        List<Violation> refusals = new ArrayList<>();
        var start = HubRequests.date("startDate", form.getFirst("startDate"), refusals);
        var end = HubRequests.date("endDate", form.getFirst("endDate"), refusals);
        return answerOnSpacePage(id, refusals,
                () -> allocations.allocate(id, blankToNull(form.getFirst("applicationId")), start, end, agent),
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
                    form.getFirst("intendedUse"), type, surface == null ? 0 : surface, start,
                    months == null ? 0 : months, form.getFirst("contribution"),
                    "true".equals(form.getFirst("joinsCooperative"))), agent);
            if (outcome instanceof HubOutcome.Done<OccupancyApplication> done) {
                redirect.addFlashAttribute("message", "La candidature " + done.result().id() + " est déposée.");
                return "redirect:/pole/appels/" + id;
            }
            if (outcome instanceof HubOutcome.Unknown<OccupancyApplication>) {
                throw notFound();
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
            throw notFound();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("decisionErrorFor", applicationId);
        return callPage(callId, Map.of(), HubText.errors(((HubOutcome.Rejected<OccupancyApplication>) outcome)
                .refusals()), model);
    }

    private String hubPage(Map<String, String> form, Map<String, String> errors, Model model) {
        HubCatalogue.Report report = catalogue.occupancy();
        List<Space> spaces = catalogue.spaces();
        Map<String, String> buildingNames = catalogue.buildings().stream()
                .collect(Collectors.toMap(Building::code, Building::name));
        model.addAttribute("day", FrenchFormat.date(report.day()));
        model.addAttribute("overall", HubText.Rate.of("Tout le pôle", report.overall()));
        model.addAttribute("byType", report.byType().entrySet().stream()
                .map(e -> HubText.Rate.of(SpaceType.valueOf(e.getKey()).label(), e.getValue())).toList());
        model.addAttribute("byBuilding", report.byBuilding().entrySet().stream()
                .map(e -> HubText.Rate.of(e.getKey() + " — " + buildingNames.getOrDefault(e.getKey(), ""),
                        e.getValue())).toList());
        model.addAttribute("spaces", spaces.stream().map(s -> row(s, report.day(), buildingNames)).toList());
        model.addAttribute("buildings", catalogue.buildings());
        model.addAttribute("waiting", allocations.waitingList().all().stream().map(HubPageController::row).toList());
        model.addAttribute("types", HubText.types());
        model.addAttribute("mayWrite", managers.canWrite());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("none", List.of());
        return "hub/hub";
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
                case HubOutcome.Unknown<Space> unknown -> throw notFound();
                case HubOutcome.Rejected<Space> rejected -> refusals.addAll(rejected.refusals());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return spacePage(find(id), form.toSingleValueMap(), HubText.errors(refusals), model);
    }

    private String spacePage(Space space, Map<String, String> form, Map<String, String> errors, Model model) {
        Map<String, String> buildingNames = catalogue.buildings().stream()
                .collect(Collectors.toMap(Building::code, Building::name));
        var waitingList = allocations.waitingList();
        Set<String> housed = allocations.housedApplications();
        List<HubText.Option> candidates = new ArrayList<>();
        waitingList.firstFor(space).ifPresentOrElse(first -> candidates.add(option(first, " (en tête de la liste "
                + "d'attente pour cet espace libéré)")), () -> calls.calls().stream()
                .flatMap(c -> calls.applicationsTo(c.id()).stream())
                .filter(a -> a.status().mayBeHoused() && !housed.contains(a.id()))
                .forEach(a -> candidates.add(option(a, ""))));
        model.addAttribute("space", row(space, catalogue.today(), buildingNames));
        model.addAttribute("allocations", space.allocations().stream().map(HubPageController::row).toList());
        model.addAttribute("history", space.history().reversed().stream().map(HubPageController::change).toList());
        model.addAttribute("details", space.details());
        if (!model.containsAttribute("agreementErrorFor")) {
            model.addAttribute("agreementErrorFor", "");
        }
        model.addAttribute("standardRules", fr.essor.foncier.hub.domain.OccupancyAgreement.STANDARD_RULES);
        model.addAttribute("equipmentText", String.join("\n", space.details().equipment()));
        model.addAttribute("types", HubText.types());
        model.addAttribute("candidates", candidates);
        model.addAttribute("waitingFirst", waitingList.firstFor(space).isPresent());
        model.addAttribute("mayWrite", managers.canWrite());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("none", List.of());
        return "hub/space";
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
        OccupancyCall call = calls.call(id).orElseThrow(HubPageController::notFound);
        model.addAttribute("call", call);
        model.addAttribute("deadline", FrenchFormat.date(call.deadline()));
        model.addAttribute("open", call.acceptsOn(catalogue.today()));
        model.addAttribute("callTypes", call.spaceTypes().stream().sorted().map(SpaceType::label)
                .collect(Collectors.joining(", ")));
        model.addAttribute("applications", calls.applicationsTo(id).stream().map(HubPageController::row).toList());
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

    private static SpaceRow row(Space s, java.time.LocalDate day, Map<String, String> buildingNames) {
        var d = s.details();
        return new SpaceRow(s.id(), s.buildingCode() + " — " + buildingNames.getOrDefault(s.buildingCode(), ""),
                d.name(), d.surface() + " m²", d.floor() == null ? "" : d.floor(), d.type().label(),
                String.join(", ", d.equipment()), d.accessible() ? "Accessible PMR" : "Non accessible PMR",
                s.occupantOn(day).map(a -> a.organisationName() + (a.planned().end() == null ? ""
                        : " jusqu'au " + FrenchFormat.date(a.effective().end()))).orElse("Libre"));
    }

    private static AllocationRow row(Allocation a) {
        return new AllocationRow(a.id(), a.organisationName() + " (" + a.organisationId() + ")", a.applicationId(),
                "du " + FrenchFormat.date(a.planned().start()) + (a.planned().end() == null ? ", sans date de fin"
                        : " au " + FrenchFormat.date(a.planned().end())),
                a.vacated() ? "Libéré le " + FrenchFormat.date(a.vacatedOn()) + " (" + a.vacatedBy() + ")" : "",
                !a.vacated(), OccupancyAgreementPdf.status(a), a.agreement() != null,
                a.agreement() != null && a.agreement().signed());
    }

    private static ApplicationRow row(OccupancyApplication a) {
        Project p = a.project();
        return new ApplicationRow(a.id(), a.organisationName() + " (" + a.organisationId() + ")", p.title(),
                p.intendedUse(), p.wishedSurface() + " m² " + p.wishedType().label().toLowerCase(java.util.Locale.FRENCH),
                FrenchFormat.date(p.startDate()), p.durationMonths() + " mois", p.contribution(),
                p.joinsCooperative() ? "Oui" : "Non", a.status().label(), a.status().name(),
                a.decisionNote() == null ? "" : a.decisionNote());
    }

    private static HubText.Option option(OccupancyApplication a, String suffix) {
        return new HubText.Option(a.id(), a.id() + " — " + a.organisationName() + ", " + a.project().wishedSurface()
                + " m² " + a.project().wishedType().label().toLowerCase(java.util.Locale.FRENCH) + " — "
                + a.status().label() + suffix);
    }

    private Space find(String id) {
        return catalogue.spaces().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(HubPageController::notFound);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Rien au pôle sous cette référence.");
    }
}
