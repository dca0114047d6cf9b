package fr.essor.procurement.contracts.web;

import fr.essor.procurement.web.Buyers;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.contracts.application.Contracting;
import fr.essor.procurement.contracts.domain.Ccag;
import fr.essor.procurement.contracts.domain.ContractForm;
import fr.essor.procurement.contracts.domain.EnvironmentalConsideration;
import fr.essor.procurement.contracts.domain.PriceForm;
import fr.essor.procurement.contracts.domain.Procedure;
import fr.essor.procurement.contracts.domain.Reservation;
import fr.essor.procurement.contracts.domain.SocialConsideration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page where a buyer opens a contract or a lot: the same rules as the API, through {@link Contracting#open}. */
@Controller
class ContractOpeningPageController {

    private final Contracting contracting;
    private final CurrentActor actor;
    private final Communes communes;

    ContractOpeningPageController(Contracting contracting, CurrentActor actor, Communes communes) {
        this.contracting = contracting;
        this.actor = actor;
        this.communes = communes;
    }

    /** The form as typed, kept as text so that a wrong value is shown back as it was typed. */
    record ContractFields(String reference, String lot, String object, String procedure, String cpvCode,
                          String estimatedAmount, String durationMonths, String startOn, String buyerDirectorate,
                          String executionCommune, String reservation, List<String> socialConsiderations,
                          List<String> environmentalConsiderations, String insertionHoursPlanned, String ccag,
                          String priceForm, boolean frameworkAgreement) {
        static ContractFields empty() {
            return new ContractFields("", "", "", "", "", "", "", "", "", "", Reservation.NONE.code(), List.of(),
                    List.of(), "", "", "", false);
        }
    }

    @GetMapping("/marches/nouveau")
    String form(Model model) {
        Buyers.require(actor);
        return page(ContractFields.empty(), Map.of(), model);
    }

    @PostMapping("/marches")
    String open(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String lot,
                @RequestParam(defaultValue = "") String object, @RequestParam(defaultValue = "") String procedure,
                @RequestParam(defaultValue = "") String cpvCode,
                @RequestParam(defaultValue = "") String estimatedAmount,
                @RequestParam(defaultValue = "") String durationMonths,
                @RequestParam(defaultValue = "") String startOn,
                @RequestParam(defaultValue = "") String buyerDirectorate,
                @RequestParam(defaultValue = "") String executionCommune,
                @RequestParam(defaultValue = "") String reservation,
                @RequestParam(required = false) List<String> socialConsiderations,
                @RequestParam(required = false) List<String> environmentalConsiderations,
                @RequestParam(defaultValue = "") String insertionHoursPlanned,
                @RequestParam(defaultValue = "") String ccag, @RequestParam(defaultValue = "") String priceForm,
                @RequestParam(defaultValue = "false") boolean frameworkAgreement, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Buyers.require(actor);
        List<String> social = socialConsiderations == null ? List.of() : socialConsiderations;
        List<String> environmental = environmentalConsiderations == null ? List.of() : environmentalConsiderations;
        ContractFields fields = new ContractFields(reference, lot, object, procedure, cpvCode, estimatedAmount,
                durationMonths, startOn, buyerDirectorate, executionCommune, reservation, social, environmental,
                insertionHoursPlanned, ccag, priceForm, frameworkAgreement);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer lotValue = integer(lot, "lot", "Le numéro de lot est un nombre entier, ou vide.", errors);
        Integer months = integer(durationMonths, "durationMonths", "La durée est un nombre entier de mois.", errors);
        Integer hours = integer(insertionHoursPlanned, "insertionHoursPlanned",
                "Le nombre d'heures d'insertion est un nombre entier.", errors);
        BigDecimal amount = null;
        if (!estimatedAmount.isBlank()) {
            try {
                amount = FrenchFormat.parseAmount(estimatedAmount);
            } catch (NumberFormatException e) {
                errors.put("estimatedAmount", "Le montant s'écrit en euros, par exemple 190000 ou 12 345,67.");
            }
        }
        LocalDate start = null;
        if (!startOn.isBlank()) {
            try {
                start = FrenchFormat.parseDate(startOn);
            } catch (DateTimeParseException e) {
                errors.put("startOn", "La date s'écrit jj/mm/aaaa, par exemple 01/05/2026.");
            }
        }
        ContractForm form = new ContractForm(reference, lotValue, object, blankToNull(procedure), cpvCode,
                amount, months, start, buyerDirectorate.trim().toUpperCase(), executionCommune, reservation,
                social, environmental, hours, blankToNull(ccag), blankToNull(priceForm), frameworkAgreement);
        if (!errors.isEmpty()) {
            // the other fields' mistakes are shown at once too; nothing is written
            if (form.check(communes) instanceof ContractForm.Invalid invalid) {
                invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            }
        } else {
            switch (contracting.open(form, actor.current().username())) {
                case Contracting.Done done -> {
                    redirect.addFlashAttribute("success", "Le marché " + done.contract().id()
                            + " est enregistré en consultation.");
                    return "redirect:/marches/" + done.contract().id();
                }
                case Contracting.Rejected rejected -> rejected.violations().forEach(v ->
                        errors.merge(v.field(), v.message(), (a, b) -> a + " " + b));
                case Contracting.Conflict conflict -> errors.put("reference", conflict.message()
                        + " Choisissez une autre référence ou un autre numéro de lot.");
                case Contracting.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(fields, errors, model);
    }

    private String page(ContractFields fields, Map<String, String> errors, Model model) {
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("reservations", Reservation.values());
        model.addAttribute("socialConsiderations", List.of(SocialConsideration.SOCIAL_CLAUSE,
                SocialConsideration.SOCIAL_CRITERION));
        model.addAttribute("environmentalConsiderations", EnvironmentalConsideration.values());
        model.addAttribute("ccags", Ccag.values());
        model.addAttribute("priceForms", PriceForm.values());
        model.addAttribute("communes", communes.all());
        return "contracts/new";
    }

    private static Integer integer(String text, String field, String message, Map<String, String> errors) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
