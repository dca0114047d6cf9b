package fr.essor.funding.aaa.web;

import fr.essor.kit.reference.Territories;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.aaa.application.ApplicationFilter;
import fr.essor.funding.aaa.application.BulkInstruction;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.CallSetup;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.Opinion;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.kit.domain.Violation;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.kit.security.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The Appel à Agir pages: the editions, each edition's applications with filters, and each application's page. */
@Controller
class AaaPageController {

    private final Calls calls;
    private final Applications applications;
    private final Instruction instruction;
    private final BulkInstruction bulkInstruction;
    private final CurrentActor currentActor;

    AaaPageController(Calls calls, Applications applications, Instruction instruction,
                      BulkInstruction bulkInstruction, CurrentActor currentActor) {
        this.calls = calls;
        this.applications = applications;
        this.instruction = instruction;
        this.bulkInstruction = bulkInstruction;
        this.currentActor = currentActor;
    }

    @GetMapping("/appel-a-agir")
    String calls(Model model) {
        model.addAttribute("calls", calls.all().stream().map(CallRow::of).toList());
        model.addAttribute("maySetUp", CallSetup.maySetUp(currentActor.current()));
        return "aaa/calls";
    }

    @GetMapping("/appel-a-agir/{year}")
    String applications(@PathVariable int year, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String theme, @RequestParam(required = false) String territory,
                        @RequestParam(required = false) String directorate, Model model) {
        Call call = calls.find(year).orElseThrow(AaaPageController::notFound);
        ApplicationFilter filter = new ApplicationFilter(
                blank(status) ? null : ApplicationStatus.fromCode(status).orElse(null), blank(theme) ? null : theme,
                blank(territory) ? null : territory,
                blank(directorate) ? null : Directorate.fromCode(directorate).orElse(null));
        Agent agent = Agents.of(currentActor.current());
        if (agent.isTerritoryAccount()) {
            filter = new ApplicationFilter(filter.status(), filter.theme(), agent.territory(), filter.directorate());
        }
        model.addAttribute("call", CallRow.of(call));
        model.addAttribute("themes", call.definition().themes());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", Arrays.asList(ApplicationStatus.values()));
        model.addAttribute("directorates", Arrays.asList(Directorate.values()));
        model.addAttribute("territories", Territories.codes());
        model.addAttribute("rows", applications.list(year, filter).stream().map(ApplicationRow::of).toList());
        model.addAttribute("bulkSteps", BulkInstruction.STEPS);
        model.addAttribute("maySetUp", CallSetup.maySetUp(currentActor.current()));
        model.addAttribute("mayEnter", Agents.mayEnterApplications(currentActor.current()));
        model.addAttribute("mayAct", agent.instructs());
        if (!model.containsAttribute("bulkResults")) {
            model.addAttribute("bulkResults", List.of());
            model.addAttribute("bulkErrors", Map.of());
        }
        return "aaa/applications";
    }

    /**
     * Applies one step or one assignment to each checked application of the list: the page says, per application,
     * what was done or why not.
     */
    @PostMapping("/appel-a-agir/{year}/actions-groupees")
    String bulk(@PathVariable int year, @RequestParam(required = false) List<String> ids,
                @RequestParam(defaultValue = "") String bulkAction, @RequestParam(defaultValue = "") String bulkReason,
                @RequestParam(required = false) List<String> bulkDirectorates, Model model,
                HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (ids == null || ids.isEmpty()) {
            errors.put("ids", "Cochez au moins une candidature.");
        }
        Optional<WorkflowAction> step = BulkInstruction.step(bulkAction);
        boolean assign = "ASSIGN".equals(bulkAction);
        if (step.isEmpty() && !assign) {
            errors.put("bulkAction", "Choisissez l'action à appliquer.");
        }
        List<BulkResult> results = List.of();
        if (errors.isEmpty()) {
            EnumSet<Directorate> directorates = EnumSet.noneOf(Directorate.class);
            for (String code : bulkDirectorates == null ? List.<String>of() : bulkDirectorates) {
                Directorate.fromCode(code).ifPresent(directorates::add);
            }
            BulkInstruction.Change change = assign ? new BulkInstruction.Assignment(directorates)
                    : new BulkInstruction.Step(step.get(), bulkReason);
            String success = assign ? "Directions désignées." : "Étape « " + step.get().label() + " » faite.";
            results = bulkInstruction.apply(year, ids, change, currentActor.current()).stream()
                    .map(each -> BulkResult.of(each, success)).toList();
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("bulkErrors", errors);
        model.addAttribute("bulkResults", results);
        model.addAttribute("bulkDone", results.stream().filter(BulkResult::done).count());
        model.addAttribute("bulkRefused", results.stream().filter(r -> !r.done()).count());
        return applications(year, null, null, null, null, model);
    }

    @GetMapping("/candidatures/{id}")
    String show(@PathVariable String id, Model model) {
        return page(find(id), Map.of(), model);
    }

    @PostMapping("/candidatures/{id}/etapes")
    String step(@PathVariable String id, @RequestParam String action,
                @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String amount,
                @RequestParam(defaultValue = "") String decisionReference,
                @RequestParam(defaultValue = "") String decidedOn, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        WorkflowAction step = WorkflowAction.fromCode(action).orElseThrow(AaaPageController::notFound);
        // the page shows one form per step: a refusal names the fields of the step sent, which keeps what was typed
        model.addAttribute("stepTyped", new StepTyped(step.name(), reason, amount, decisionReference, decidedOn));
        Map<String, String> stepFields = StepTyped.fieldNames(step.name());
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal amountValue = parseAmount(amount, errors);
        LocalDate date = parseDate(decidedOn, errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> named = new LinkedHashMap<>();
            errors.forEach((field, message) -> named.put(stepFields.getOrDefault(field, field), message));
            return page(find(id), named, model);
        }
        TransitionRequest request = new TransitionRequest(reason, amountValue, decisionReference, date);
        return apply(id, () -> instruction.perform(id, step, request, currentActor.current()), model, response,
                redirect, "La candidature est passée à l'étape suivante : " + step.label() + ".", stepFields);
    }

    @PostMapping("/candidatures/{id}/notation")
    String review(@PathVariable String id, @RequestParam Map<String, String> fields, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("scores.") && !value.isBlank()) {
                try {
                    scores.put(name.substring("scores.".length()), Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    errors.put(name, "Une note est un entier de 0 à 5.");
                }
            }
        });
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(find(id), errors, model);
        }
        return apply(id, () -> instruction.review(id, scores, fields.get("internalComment"),
                fields.get("sharedComment"), currentActor.current()), model, response, redirect,
                "Votre notation est enregistrée.");
    }

    @PostMapping("/candidatures/{id}/directions")
    String assign(@PathVariable String id, @RequestParam(required = false) List<String> directorates, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        EnumSet<Directorate> chosen = EnumSet.noneOf(Directorate.class);
        for (String code : directorates == null ? List.<String>of() : directorates) {
            Directorate.fromCode(code).ifPresent(chosen::add);
        }
        return apply(id, () -> instruction.assign(id, chosen, currentActor.current()), model, response, redirect,
                "Les directions instructrices sont désignées.");
    }

    @PostMapping("/candidatures/{id}/conflit")
    String declareConflict(@PathVariable String id, @RequestParam(defaultValue = "") String conflictReason,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return apply(id, () -> instruction.declareConflict(id, conflictReason, currentActor.current()), model,
                response, redirect, "Votre conflit d'intérêts est déclaré : vous ne participez plus à l'instruction "
                        + "de cette candidature.", Map.of("reason", "conflictReason"));
    }

    @PostMapping("/candidatures/{id}/avis")
    String recordOpinion(@PathVariable String id, @RequestParam(defaultValue = "") String territoryCode,
                         @RequestParam(defaultValue = "") String opinion, @RequestParam(defaultValue = "") String comment,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Opinion given = Opinion.fromCode(opinion).orElse(null);
        return apply(id, () -> instruction.giveOpinion(id, territoryCode, given, comment, currentActor.current()),
                model, response, redirect, "L'avis de l'EPT " + territoryCode + " est enregistré.");
    }

    private String apply(String id, Supplier<Instruction.Result> useCase, Model model, HttpServletResponse response,
                         RedirectAttributes redirect, String success) {
        return apply(id, useCase, model, response, redirect, success, Map.of());
    }

    /** Takes one use case; {@code fieldNames} renames the domain's fields for forms that share a page. */
    private String apply(String id, Supplier<Instruction.Result> useCase, Model model, HttpServletResponse response,
                         RedirectAttributes redirect, String success, Map<String, String> fieldNames) {
        Instruction.Result result = useCase.get();
        if (result instanceof Instruction.Unknown) {
            throw notFound();
        }
        return switch (((Instruction.Done) result).outcome()) {
            case ApplicationOutcome.Changed changed -> {
                redirect.addFlashAttribute("message", success);
                yield "redirect:/candidatures/" + id;
            }
            case ApplicationOutcome.Unchanged unchanged -> {
                redirect.addFlashAttribute("message", "Aucune modification à enregistrer.");
                yield "redirect:/candidatures/" + id;
            }
            case ApplicationOutcome.Invalid invalid -> {
                Map<String, String> errors = new LinkedHashMap<>();
                for (Violation violation : invalid.violations()) {
                    errors.putIfAbsent(fieldNames.getOrDefault(violation.field(), violation.field()),
                            violation.message());
                }
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield page(find(id), errors, model);
            }
            case ApplicationOutcome.NotAllowedNow notNow -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                yield page(find(id), Map.of("action", notNow.message()), model);
            }
            case ApplicationOutcome.Forbidden forbidden -> {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                yield page(find(id), Map.of("action", forbidden.reason()), model);
            }
        };
    }

    private String page(Application application, Map<String, String> errors, Model model) {
        Agent agent = Agents.of(currentActor.current());
        if (agent.isTerritoryAccount() && !application.details().territoryCodes().contains(agent.territory())) {
            throw new AccessDeniedException("Cette candidature ne concerne pas votre territoire.");
        }
        Call call = calls.find(application.callYear()).orElseThrow(AaaPageController::notFound);
        model.addAttribute("candidature", ApplicationPage.of(application, call, agent));
        model.addAttribute("errors", errors);
        return "aaa/application";
    }

    private Application find(String id) {
        return applications.find(id).orElseThrow(AaaPageController::notFound);
    }

    private static BigDecimal parseAmount(String value, Map<String, String> errors) {
        String normalized = value.replace('\u202f', ' ').replace(" ", "").replace("€", "").replace(',', '.').strip();
        if (normalized.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(normalized);
        } catch (NumberFormatException e) {
            errors.put("amount", "Montant invalide : écrivez un nombre d'euros, par exemple 12 500,50.");
            return null;
        }
    }

    private static LocalDate parseDate(String value, Map<String, String> errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return FrenchFormat.parseDate(value);
        } catch (DateTimeParseException e) {
            errors.put("decidedOn", FrenchFormat.UNREADABLE_DATE);
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable");
    }
}
