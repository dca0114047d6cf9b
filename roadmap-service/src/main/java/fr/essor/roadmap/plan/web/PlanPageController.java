package fr.essor.roadmap.plan.web;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.indicators.application.Indicators;
import fr.essor.roadmap.indicators.domain.Indicator;
import fr.essor.roadmap.plan.application.ActionFilter;
import fr.essor.roadmap.plan.application.ActionTracking;
import fr.essor.roadmap.plan.application.Dashboard;
import fr.essor.roadmap.plan.application.RoadmapOverview;
import fr.essor.roadmap.plan.domain.Action;
import fr.essor.roadmap.plan.domain.ActionOutcome;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.roadmap.plan.domain.Directorate;
import fr.essor.kit.domain.Violation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The roadmap's pages: the dashboard, the action list with filters, and each action's page with its forms. */
@Controller
class PlanPageController {

    private final RoadmapOverview overview;
    private final ActionTracking tracking;
    private final CurrentActor currentActor;
    private final Clock clock;

    private final Indicators indicators;

    PlanPageController(RoadmapOverview overview, ActionTracking tracking, CurrentActor currentActor, Clock clock,
                       Indicators indicators) {
        this.indicators = indicators;
        this.overview = overview;
        this.tracking = tracking;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/feuille-de-route")
    String dashboard(Model model) {
        LocalDate today = today();
        Dashboard dashboard = overview.dashboard(today, clock.instant());
        model.addAttribute("dashboard", DashboardPage.of(dashboard, today));
        return "plan/dashboard";
    }

    @GetMapping("/actions")
    String list(@RequestParam(required = false) String challenge, @RequestParam(required = false) String objective,
                @RequestParam(required = false) String status, @RequestParam(required = false) String directorate,
                Model model) {
        ActionFilter filter = pageFilter(challenge, objective, status, directorate);
        LocalDate today = today();
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("rows", overview.actions(filter).stream().map(a -> ActionRow.of(a, today)).toList());
        model.addAttribute("tree", overview.tree());
        model.addAttribute("statuses", Arrays.asList(ActionStatus.values()));
        model.addAttribute("directorates", Arrays.asList(Directorate.values()));
        return "plan/actions";
    }

    @GetMapping("/actions/{code}")
    String show(@PathVariable String code, Model model) {
        Action action = find(code);
        return page(action, ActionForm.of(action), Map.of(), Map.of(), model);
    }

    @PostMapping("/actions/{code}")
    String edit(@PathVariable String code, @ModelAttribute("form") ActionForm form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        ActionForm.Parsed parsed = form.parse();
        if (!parsed.errors().isEmpty()) {
            return invalid(find(code), form, parsed.errors(), Map.of(), model, response);
        }
        return apply(code, () -> tracking.edit(code, parsed.edit(), actor()), form, model, response, redirect,
                "Le suivi de l'action a été enregistré.");
    }

    @PostMapping("/actions/{code}/jalons")
    String addMilestone(@PathVariable String code, @RequestParam(defaultValue = "") String title,
                        @RequestParam(defaultValue = "") String dueDate, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        // a refused milestone comes back as typed
        model.addAttribute("subTyped", Map.of("title", title, "dueDate", dueDate));
        LocalDate due;
        try {
            due = dueDate.isBlank() ? null : FrenchFormat.parseDate(dueDate);
        } catch (DateTimeParseException e) {
            Action action = find(code);
            return invalid(action, ActionForm.of(action), Map.of(),
                    Map.of("dueDate", FrenchFormat.UNREADABLE_DATE), model, response);
        }
        return apply(code, () -> tracking.addMilestone(code, title, due, actor()), null, model, response, redirect,
                "Le jalon a été ajouté.");
    }

    @PostMapping("/actions/{code}/jalons/{id}")
    String markMilestone(@PathVariable String code, @PathVariable String id, @RequestParam boolean done, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        return apply(code, () -> tracking.markMilestone(code, id, done, actor()), null, model, response, redirect,
                done ? "Le jalon est marqué comme fait." : "Le jalon est marqué comme à faire.");
    }

    @PostMapping("/actions/{code}/notes")
    String addNote(@PathVariable String code, @RequestParam(defaultValue = "") String text, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return apply(code, () -> tracking.addNote(code, text, actor()), null, model, response, redirect,
                "La note de suivi a été ajoutée.");
    }

    @PostMapping("/actions/{code}/budget")
    String setBudget(@PathVariable String code, @RequestParam(defaultValue = "0") String year,
                     @RequestParam(defaultValue = "") String planned, @RequestParam(defaultValue = "") String spent,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        int yearValue = parseYear(year, errors);
        BigDecimal plannedValue = amount("planned", planned, errors);
        BigDecimal spentValue = amount("spent", spent, errors);
        if (!errors.isEmpty()) {
            Action action = find(code);
            return invalid(action, ActionForm.of(action), Map.of(), errors, model, response);
        }
        return apply(code, () -> tracking.setBudget(code, yearValue, plannedValue, spentValue, actor()), null, model,
                response, redirect, "Le budget " + yearValue + " a été enregistré.");
    }

    private String apply(String code, Supplier<ActionTracking.Result> useCase, ActionForm form, Model model,
                         HttpServletResponse response, RedirectAttributes redirect, String success) {
        ActionTracking.Result result = useCase.get();
        if (result instanceof ActionTracking.Unknown) {
            throw notFound();
        }
        ActionOutcome outcome = ((ActionTracking.Done) result).outcome();
        return switch (outcome) {
            case ActionOutcome.Changed changed -> {
                redirect.addFlashAttribute("message", success);
                yield "redirect:/actions/" + code;
            }
            case ActionOutcome.Unchanged unchanged -> {
                redirect.addFlashAttribute("message", "Aucune modification à enregistrer.");
                yield "redirect:/actions/" + code;
            }
            case ActionOutcome.Refused refused -> {
                Map<String, String> errors = new LinkedHashMap<>();
                for (Violation violation : refused.violations()) {
                    errors.putIfAbsent(violation.field(), violation.message());
                }
                Action action = find(code);
                yield form != null ? invalid(action, form, errors, Map.of(), model, response)
                        : invalid(action, ActionForm.of(action), Map.of(), errors, model, response);
            }
            case ActionOutcome.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
            case ActionOutcome.Missing missing -> throw notFound();
        };
    }

    private String invalid(Action action, ActionForm form, Map<String, String> errors,
                           Map<String, String> subFormErrors, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(action, form, errors, subFormErrors, model);
    }

    private String page(Action action, ActionForm form, Map<String, String> errors, Map<String, String> subFormErrors,
                        Model model) {
        Actor actor = actor();
        model.addAttribute("action", ActionPage.of(action, today()));
        model.addAttribute("form", form);
        // indicators are chosen and shown by their names, never by identifiers nobody sees elsewhere
        List<Indicator> catalogue = indicators.all();
        Set<String> chosen = Arrays.stream(form.getIndicatorIds().split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).collect(Collectors.toSet());
        model.addAttribute("indicatorChoices", catalogue.stream().map(i -> new IndicatorChoice(i.id(),
                i.definition().name(), chosen.contains(i.id()))).toList());
        model.addAttribute("linkedIndicators", catalogue.stream().filter(i -> action.indicatorIds().contains(i.id()))
                .map(i -> new IndicatorChoice(i.id(), i.definition().name(), true)).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("subErrors", subFormErrors);
        if (!model.containsAttribute("subTyped")) {
            model.addAttribute("subTyped", Map.of());
        }
        model.addAttribute("mayEdit", ActionTracking.mayChange(action, actor));
        model.addAttribute("steering", actor.hasAnyRole(Role.DIEESS, Role.ADMIN));
        model.addAttribute("statuses", Arrays.asList(ActionStatus.values()));
        model.addAttribute("directorates", Arrays.asList(Directorate.values()));
        model.addAttribute("budgetYears", List.of(2024, 2025, 2026, 2027, 2028));
        return "plan/action";
    }

    record IndicatorChoice(String id, String name, boolean chosen) {
    }

    private Action find(String code) {
        return overview.action(code).orElseThrow(PlanPageController::notFound);
    }

    private Actor actor() {
        return currentActor.current();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FrenchFormat.PARIS));
    }

    private static ActionFilter pageFilter(String challenge, String objective, String status, String directorate) {
        return new ActionFilter(blank(challenge) ? null : challenge, blank(objective) ? null : objective,
                blank(status) ? null : ActionStatus.fromCode(status).orElse(null),
                blank(directorate) ? null : Directorate.fromCode(directorate).orElse(null));
    }

    private static String query(ActionFilter filter) {
        StringBuilder query = new StringBuilder();
        append(query, "challenge", filter.challenge());
        append(query, "objective", filter.objective());
        append(query, "status", filter.status() == null ? null : filter.status().name());
        append(query, "directorate", filter.directorate() == null ? null : filter.directorate().name());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static int parseYear(String year, Map<String, String> errors) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            errors.put("year", "Choisissez une année.");
            return 0;
        }
    }

    private static BigDecimal amount(String field, String value, Map<String, String> errors) {
        String normalized = value.replace('\u202f', ' ').replace(" ", "").replace("€", "").replace(',', '.').strip();
        if (normalized.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(normalized);
        } catch (NumberFormatException e) {
            errors.put(field, "Montant invalide : écrivez un nombre d'euros, par exemple 12 500,50.");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Action inconnue");
    }
}
