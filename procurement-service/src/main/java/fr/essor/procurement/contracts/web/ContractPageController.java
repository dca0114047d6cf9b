package fr.essor.procurement.contracts.web;

import fr.essor.procurement.web.ContractPageSection;
import fr.essor.procurement.web.Buyers;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.contracts.application.Contracting;
import fr.essor.procurement.contracts.application.Contracts;
import fr.essor.procurement.contracts.domain.AwardForm;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractFilter;
import fr.essor.procurement.contracts.domain.ContractStatus;
import fr.essor.procurement.contracts.domain.ExecutionEnd;
import fr.essor.procurement.contracts.domain.HolderLine;
import fr.essor.procurement.contracts.domain.ModificationForm;
import fr.essor.procurement.contracts.domain.Reservation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The contract pages: the filtered list, one contract's page with its award form, then its avenant form. */
@Controller
class ContractPageController {

    private static final int PAGE_LIMIT = 500;

    private final Contracts contracts;
    private final Contracting contracting;
    private final CurrentActor actor;
    private final ObjectProvider<ContractPageSection> sections;

    ContractPageController(Contracts contracts, Contracting contracting, CurrentActor actor,
                           ObjectProvider<ContractPageSection> sections) {
        this.contracts = contracts;
        this.contracting = contracting;
        this.actor = actor;
        this.sections = sections;
    }

    /** The award form as typed, kept as text so that a wrong value is shown back as it was typed. */
    record AwardFields(String siret, String name, String amount, String notifiedOn, String offersReceived) {
        static AwardFields empty() {
            return new AwardFields("", "", "", "", "");
        }
    }

    /** The avenant form as typed. */
    record ModificationFields(String notifiedOn, String endOn, String amount, String reason) {
        static ModificationFields empty() {
            return new ModificationFields("", "", "", "");
        }
    }

    @GetMapping("/marches")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String reservation,
                @RequestParam(required = false) String directorate, Model model) {
        ContractStatus statusValue = Arrays.stream(ContractStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        Reservation reservationValue = Reservation.parse(reservation).orElse(null);
        String directorateValue = directorate == null || directorate.isBlank() ? null : directorate.trim();
        model.addAttribute("filter", new ContractFilter(statusValue, reservationValue, directorateValue));
        model.addAttribute("rows", contracts.search(new ContractFilter(statusValue, reservationValue,
                directorateValue), PAGE_LIMIT).stream().map(ContractRow::of).toList());
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("reservations", Reservation.values());
        model.addAttribute("canOpen", Buyers.isBuyer(actor));
        return "contracts/list";
    }

    @GetMapping("/marches/{id}")
    String show(@PathVariable String id, Model model) {
        return page(id, AwardFields.empty(), ModificationFields.empty(), Map.of(), model);
    }

    @PostMapping("/marches/{id}/attribution")
    String award(@PathVariable String id, @RequestParam(defaultValue = "") String siret,
                 @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String amount,
                 @RequestParam(defaultValue = "") String notifiedOn,
                 @RequestParam(defaultValue = "") String offersReceived, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        Buyers.require(actor);
        AwardFields fields = new AwardFields(siret, name, amount, notifiedOn, offersReceived);
        Map<String, String> errors = new HashMap<>();
        BigDecimal amountValue = parseAmount(amount, errors);
        LocalDate notifiedValue = parseDate(notifiedOn, errors);
        Integer offersValue = parseCount(offersReceived, errors);
        if (errors.isEmpty()) {
            AwardForm form = new AwardForm(List.of(new HolderLine(siret, name, amountValue)), notifiedValue,
                    offersValue, null, false);
            switch (contracting.award(id, form, actor.current().username())) {
                case Contracting.Done done -> {
                    redirect.addFlashAttribute("success", "Le marché est attribué à "
                            + done.contract().award().holders().getFirst().name() + ".");
                    return "redirect:/marches/" + id;
                }
                case Contracting.Rejected rejected -> rejected.violations().forEach(v ->
                        errors.merge(formField(v), v.message(), (a, b) -> a + " " + b));
                case Contracting.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                case Contracting.Conflict conflict -> errors.put("form", conflict.message());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(id, fields, ModificationFields.empty(), errors, model);
    }

    /**
     * Records an avenant. The page asks for the new end date, as buyers read it in the avenant; the contract counts
     * its duration in whole months from its start (as DECP does), so the date becomes the months that cover it.
     */
    @PostMapping("/marches/{id}/modifications")
    String modify(@PathVariable String id, @RequestParam(defaultValue = "") String notifiedOn,
                  @RequestParam(defaultValue = "") String endOn, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Buyers.require(actor);
        Contract contract = contracts.find(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Marché inconnu"));
        ModificationFields fields = new ModificationFields(notifiedOn, endOn, amount, reason);
        Map<String, String> errors = new HashMap<>();
        BigDecimal amountValue = parseAmount(amount, errors);
        LocalDate notifiedValue = parseDate(notifiedOn, errors);
        Integer months = null;
        if (!endOn.isBlank()) {
            try {
                ExecutionEnd end = contract.endingOn(FrenchFormat.parseDate(endOn));
                end.violation().ifPresent(v -> errors.put(v.field(), v.message()));
                months = end.months();
            } catch (DateTimeParseException e) {
                errors.put("endOn", "La date s'écrit jj/mm/aaaa, par exemple 30/04/2029.");
            }
        }
        if (errors.isEmpty()) {
            ModificationForm form = new ModificationForm(notifiedValue, months, amountValue, reason);
            switch (contracting.modify(id, form, actor.current().username())) {
                case Contracting.Done done -> {
                    ContractRow row = ContractRow.of(done.contract());
                    redirect.addFlashAttribute("success", "L'avenant n° " + done.contract().modifications().size()
                            + " est enregistré : montant actuel " + row.currentAmount() + " HT, exécution jusqu'au "
                            + row.endOn() + " (" + row.duration() + ").");
                    return "redirect:/marches/" + id;
                }
                case Contracting.Rejected rejected -> rejected.violations().forEach(v -> errors.merge(
                        v.field().equals("durationMonths") ? "endOn" : v.field(), v.message(),
                        (a, b) -> a + " " + b));
                case Contracting.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                case Contracting.Conflict conflict -> errors.put("form", conflict.message());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(id, AwardFields.empty(), fields, errors, model);
    }

    private String page(String id, AwardFields fields, ModificationFields modification, Map<String, String> errors,
                        Model model) {
        model.addAttribute("contract", contracts.find(id).map(ContractRow::of).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Marché inconnu")));
        model.addAttribute("canAward", Buyers.isBuyer(actor));
        model.addAttribute("modification", modification);
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        sections.orderedStream().forEach(section -> section.addTo(id, model));
        return "contracts/show";
    }

    private static String formField(Violation violation) {
        String field = violation.field();
        if (field.startsWith("holders[0].")) {
            return field.substring("holders[0].".length());
        }
        return switch (field) {
            case "notifiedOn", "offersReceived" -> field;
            default -> "siret";
        };
    }

    private static BigDecimal parseAmount(String text, Map<String, String> errors) {
        try {
            return text.isBlank() ? null : FrenchFormat.parseAmount(text);
        } catch (NumberFormatException e) {
            errors.put("amount", "Le montant est un nombre d'euros, par exemple 12 345,67.");
            return null;
        }
    }

    private static LocalDate parseDate(String text, Map<String, String> errors) {
        String value = text.trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return FrenchFormat.parseDate(value);
        } catch (DateTimeParseException e) {
            errors.put("notifiedOn", "La date s'écrit jj/mm/aaaa, par exemple 15/01/2026.");
            return null;
        }
    }

    private static Integer parseCount(String text, Map<String, String> errors) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.put("offersReceived", "Le nombre d'offres est un nombre entier.");
            return null;
        }
    }
}
