package fr.essor.procurement.plan.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.web.Buyers;
import fr.essor.procurement.plan.application.InclusivePotentials;
import fr.essor.procurement.plan.application.PurchasePlanning;
import fr.essor.procurement.plan.domain.PurchaseForm;
import fr.essor.procurement.plan.domain.RecommendationRules;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The purchase plan pages: the plan per directorate with its form, and one purchase with its recommendation. */
@Controller
class PurchasePlanPageController {


    private final PurchasePlanning planning;
    private final InclusivePotentials potentials;
    private final CurrentActor actor;
    private final List<Territory> territories;

    PurchasePlanPageController(PurchasePlanning planning, InclusivePotentials potentials, CurrentActor actor,
                               Communes communes) {
        this.planning = planning;
        this.potentials = potentials;
        this.actor = actor;
        this.territories = communes.territories();
    }

    /** The form as typed, kept as text so that a wrong value is shown back as it was typed. */
    record PurchaseFields(String buyerDirectorate, String object, String cpvCode, String estimatedAmount,
                          String expectedOn, String territoryCode) {
        static PurchaseFields empty(String directorate) {
            return new PurchaseFields(directorate == null ? "" : directorate, "", "", "", "", "");
        }
    }

    @GetMapping("/plan-achats")
    String plan(@RequestParam(required = false) String directorate, Model model) {
        String value = directorate == null || directorate.isBlank() ? null : directorate.trim().toUpperCase();
        return page(value, PurchaseFields.empty(value), Map.of(), model);
    }

    @PostMapping("/plan-achats")
    String add(@RequestParam(defaultValue = "") String buyerDirectorate, @RequestParam(defaultValue = "") String object,
               @RequestParam(defaultValue = "") String cpvCode, @RequestParam(defaultValue = "") String estimatedAmount,
               @RequestParam(defaultValue = "") String expectedOn, @RequestParam(defaultValue = "") String territoryCode,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!Buyers.isBuyer(actor)) {
            throw new AccessDeniedException("Seules les directions acheteuses tiennent le plan d'achats.");
        }
        PurchaseFields fields = new PurchaseFields(buyerDirectorate, object, cpvCode, estimatedAmount, expectedOn,
                territoryCode);
        Map<String, String> errors = new HashMap<>();
        BigDecimal amount = null;
        if (!estimatedAmount.isBlank()) {
            try {
                amount = FrenchFormat.parseAmount(estimatedAmount);
            } catch (NumberFormatException e) {
                errors.put("estimatedAmount", "Le montant s'écrit en euros, par exemple 120000 ou 12 345,67.");
            }
        }
        LocalDate date = null;
        if (!expectedOn.isBlank()) {
            try {
                date = FrenchFormat.parseDate(expectedOn);
            } catch (DateTimeParseException e) {
                errors.put("expectedOn", "La date s'écrit jj/mm/aaaa, par exemple 15/03/2027.");
            }
        }
        if (errors.isEmpty()) {
            PurchaseForm form = new PurchaseForm(buyerDirectorate, object, cpvCode, amount, date, territoryCode);
            switch (planning.plan(form, actor.current().username())) {
                case PurchasePlanning.Done done -> {
                    redirect.addFlashAttribute("success", "Achat prévu enregistré.");
                    return "redirect:/plan-achats/" + done.purchase().id();
                }
                case PurchasePlanning.Rejected rejected -> rejected.violations().forEach(v ->
                        errors.merge(v.field(), v.message(), (a, b) -> a + " " + b));
                case PurchasePlanning.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(null, fields, errors, model);
    }

    @GetMapping("/plan-achats/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("purchase", potentials.of(id).map(PurchaseRow::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Achat prévu inconnu")));
        model.addAttribute("minSuppliers", RecommendationRules.FULL_RESERVATION_MIN_SUPPLIERS);
        return "plan/show";
    }

    private String page(String directorate, PurchaseFields fields, Map<String, String> errors, Model model) {
        model.addAttribute("directorate", directorate);
        model.addAttribute("directorates", potentials.directorates());
        model.addAttribute("rows", potentials.planOf(directorate).stream().map(PurchaseRow::of).toList());
        model.addAttribute("canPlan", Buyers.isBuyer(actor));
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("territories", territories);
        model.addAttribute("minSuppliers", RecommendationRules.FULL_RESERVATION_MIN_SUPPLIERS);
        model.addAttribute("clauseMinAmount", RecommendationRules.INSERTION_CLAUSE_MIN_AMOUNT);
        model.addAttribute("labourDivisions", String.join(", ",
                RecommendationRules.LABOUR_INTENSIVE_DIVISIONS.stream().sorted().toList()));
        return "plan/list";
    }
}
