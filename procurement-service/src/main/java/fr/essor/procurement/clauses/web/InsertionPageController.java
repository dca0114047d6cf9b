package fr.essor.procurement.clauses.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.clauses.application.InsertionFollowUp;
import fr.essor.procurement.clauses.application.ReportingInsertionHours;
import fr.essor.procurement.clauses.domain.HoursReportForm;
import fr.essor.procurement.clauses.domain.InsertionPublic;
import fr.essor.procurement.clauses.domain.ReportingClosure;
import org.springframework.http.HttpStatus;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The insertion clause pages: the report form of a contract's page (answered by a redirect to the page, with the
 * errors next to their fields), and the follow-up page: planned vs done per directorate and year, lagging contracts,
 * the reporting closure.
 */
@Controller
class InsertionPageController {

    private final ReportingInsertionHours reporting;
    private final InsertionFollowUp followUp;
    private final CurrentActor actor;

    InsertionPageController(ReportingInsertionHours reporting, InsertionFollowUp followUp, CurrentActor actor) {
        this.reporting = reporting;
        this.followUp = followUp;
        this.actor = actor;
    }

    record DirectorateRow(String directorate, int year, String planned, String done, int contracts) {
    }

    record ContractRow(String contractId, String object, String directorate, String planned, String done,
                       String expected, boolean lagging) {
    }

    @PostMapping("/marches/{id}/heures-insertion")
    String report(@PathVariable String id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Facilitators.requireReporter(actor);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> errors = new HashMap<>();
        fields.put("period", params.getOrDefault("period", ""));
        Map<String, BigDecimal> hours = new HashMap<>();
        Map<String, Integer> people = new HashMap<>();
        for (InsertionPublic p : InsertionPublic.values()) {
            String h = params.getOrDefault("hours_" + p.key(), "").trim();
            String n = params.getOrDefault("people_" + p.key(), "").trim();
            fields.put("hours_" + p.key(), h);
            fields.put("people_" + p.key(), n);
            if (!h.isEmpty()) {
                try {
                    hours.put(p.key(), FrenchFormat.parseAmount(h));
                } catch (NumberFormatException e) {
                    errors.put("hours_" + p.key(), "Les heures sont un nombre, par exemple 120 ou 37,5.");
                }
            }
            if (!n.isEmpty()) {
                try {
                    people.put(p.key(), Integer.valueOf(n));
                } catch (NumberFormatException e) {
                    errors.put("people_" + p.key(), "Le nombre de personnes est un nombre entier.");
                }
            }
        }
        if (errors.isEmpty()) {
            HoursReportForm form = new HoursReportForm(fields.get("period"), hours, people);
            switch (reporting.report(id, form, actor.current().username())) {
                case ReportingInsertionHours.Reported reported -> {
                    redirect.addFlashAttribute(InsertionSection.SUCCESS, HoursFormat.hours(reported.report().hours())
                            + " déclarées pour " + reported.report().period().label() + ".");
                    return "redirect:/marches/" + id + "#heures-insertion";
                }
                case ReportingInsertionHours.Rejected rejected -> rejected.violations().forEach(v ->
                        errors.merge(formField(v), v.message(), (a, b) -> a + " " + b));
                case ReportingInsertionHours.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                case ReportingInsertionHours.Conflict conflict -> errors.put("form", conflict.message());
            }
        }
        redirect.addFlashAttribute(InsertionSection.FIELDS, fields);
        redirect.addFlashAttribute(InsertionSection.ERRORS, errors);
        return "redirect:/marches/" + id + "#declarer-heures";
    }

    @GetMapping("/heures-insertion")
    String followUp(Model model) {
        model.addAttribute("directorates", followUp.byDirectorateAndYear().stream()
                .map(r -> new DirectorateRow(r.buyerDirectorate(), r.year(), HoursFormat.hours(r.plannedHours()),
                        HoursFormat.hours(r.doneHours()), r.contracts())).toList());
        model.addAttribute("contracts", followUp.clauses().stream()
                .map(c -> new ContractRow(c.terms().contractId(), c.terms().object(), c.terms().buyerDirectorate(),
                        HoursFormat.hours(BigDecimal.valueOf(c.progress().plannedHours())),
                        HoursFormat.hours(c.progress().doneHours()), HoursFormat.hours(c.progress().expectedHours()),
                        c.progress().lagging())).toList());
        ReportingClosure closure = reporting.closure();
        model.addAttribute("closure", closure.closedThrough() == null
                ? "Aucune période n'a été close par la DIEESS."
                : "Déclarations closes jusqu'au " + FrenchFormat.date(closure.closedThrough()) + " (le "
                + FrenchFormat.dateTime(closure.closedAt()) + " par " + closure.closedBy() + ").");
        model.addAttribute("window", reporting.windowMonths());
        model.addAttribute("canClose", Facilitators.mayClose(actor));
        if (!model.containsAttribute("closeValue")) {
            model.addAttribute("closeValue", "");
        }
        return "clauses/follow-up";
    }

    @PostMapping("/heures-insertion/cloture")
    String close(@RequestParam(defaultValue = "") String closedThrough, RedirectAttributes redirect) {
        Facilitators.requireCloser(actor);
        LocalDate through;
        try {
            through = closedThrough.isBlank() ? null : FrenchFormat.parseDate(closedThrough);
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("closeError", "La date s'écrit jj/mm/aaaa, par exemple 30/06/2026.");
            redirect.addFlashAttribute("closeValue", closedThrough);
            return "redirect:/heures-insertion#cloture";
        }
        switch (reporting.close(through, actor.current().username())) {
            case ReportingInsertionHours.ClosedThrough closed -> redirect.addFlashAttribute("success",
                    "Déclarations closes jusqu'au " + FrenchFormat.date(closed.closure().closedThrough()) + ".");
            case ReportingInsertionHours.CloseRejected rejected -> {
                redirect.addFlashAttribute("closeError", String.join(" ",
                        rejected.violations().stream().map(Violation::message).toList()));
                redirect.addFlashAttribute("closeValue", closedThrough);
            }
        }
        return "redirect:/heures-insertion#cloture";
    }

    private static String formField(Violation violation) {
        String field = violation.field();
        if (field.startsWith("hours.") || field.startsWith("people.")) {
            return field.replace('.', '_');
        }
        return List.of("period").contains(field) ? field : "form";
    }
}
