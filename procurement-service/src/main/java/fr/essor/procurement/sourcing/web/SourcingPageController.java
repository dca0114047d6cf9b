package fr.essor.procurement.sourcing.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.sourcing.application.Sourcing;
import fr.essor.procurement.sourcing.application.SourcingMeetings;
import fr.essor.procurement.sourcing.domain.NeedForm;
import fr.essor.procurement.sourcing.domain.NeedOutcome;
import fr.essor.procurement.sourcing.domain.NeedStatus;
import fr.essor.procurement.sourcing.domain.OutcomeForm;
import fr.essor.procurement.sourcing.domain.SourcingNeed;
import fr.essor.procurement.reference.CpvDivisions;
import jakarta.servlet.http.HttpServletResponse;
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
import java.util.List;
import java.util.Map;

/**
 * The matchmaking pages: the needs with the form to publish one, and a need's page with the matching suppliers, the
 * interest form (an agent on a supplier's behalf) and the outcome form. Errors sit next to their fields.
 */
@Controller
class SourcingPageController {

    private final Sourcing sourcing;
    private final SourcingMeetings meetings;
    private final CurrentActor actor;
    private final List<Territory> territories;

    SourcingPageController(Sourcing sourcing, SourcingMeetings meetings, CurrentActor actor, Communes communes) {
        this.sourcing = sourcing;
        this.meetings = meetings;
        this.actor = actor;
        this.territories = communes.territories();
    }

    /** The form as typed, kept as text so that a wrong value is shown back as it was typed. */
    record NeedFields(String buyerDirectorate, String object, String cpvDivision, String territoryCode,
                      String minAmount, String maxAmount, String answerBy) {
        static NeedFields empty() {
            return new NeedFields("", "", "", "", "", "", "");
        }
    }

    record NeedRow(String id, String object, String directorate, String sector, String territory, String amounts,
                   String answerBy, String status, int notified, int interested) {
        static NeedRow of(SourcingNeed need, List<Territory> territories) {
            return new NeedRow(need.id(), need.terms().object(), need.terms().buyerDirectorate(),
                    SourcingText.sector(need.terms().cpvDivision()),
                    SourcingText.territory(need.terms().territoryCode(), territories),
                    SourcingText.amounts(need.terms()), FrenchFormat.date(need.terms().answerBy()),
                    need.status().label(), need.matchedSupplierIds().size(), need.interests().size());
        }
    }

    record MatchRow(String siret, String name, String categories, String capacity, String canTake, String notified) {
    }

    record InterestRow(String siret, String name, String note, String recorded) {
    }

    record MeetingLink(String id, String label) {
    }

    @GetMapping("/besoins")
    String needs(@RequestParam(required = false) String status, Model model) {
        return list(status, NeedFields.empty(), Map.of(), model);
    }

    @PostMapping("/besoins")
    String publish(@RequestParam(defaultValue = "") String buyerDirectorate,
                   @RequestParam(defaultValue = "") String object, @RequestParam(defaultValue = "") String cpvDivision,
                   @RequestParam(defaultValue = "") String territoryCode,
                   @RequestParam(defaultValue = "") String minAmount, @RequestParam(defaultValue = "") String maxAmount,
                   @RequestParam(defaultValue = "") String answerBy, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        SourcingAgents.requirePublisher(actor);
        NeedFields fields = new NeedFields(buyerDirectorate, object, cpvDivision, territoryCode, minAmount, maxAmount,
                answerBy);
        Map<String, String> errors = new HashMap<>();
        BigDecimal min = amount("minAmount", minAmount, errors);
        BigDecimal max = amount("maxAmount", maxAmount, errors);
        LocalDate deadline = null;
        if (!answerBy.isBlank()) {
            try {
                deadline = FrenchFormat.parseDate(answerBy);
            } catch (DateTimeParseException e) {
                errors.put("answerBy", "La date s'écrit jj/mm/aaaa, par exemple 15/01/2027.");
            }
        }
        if (errors.isEmpty()) {
            NeedForm form = new NeedForm(buyerDirectorate, object, cpvDivision, territoryCode, min, max, deadline);
            switch (sourcing.publish(form, actor.current().username())) {
                case Sourcing.Done done -> {
                    int notified = done.need().matchedSupplierIds().size();
                    redirect.addFlashAttribute("success", "Besoin publié : " + notified
                            + (notified > 1 ? " fournisseurs notifiés." : " fournisseur notifié."));
                    return "redirect:/besoins/" + done.need().id();
                }
                case Sourcing.Rejected rejected -> merge(rejected.violations(), errors);
                default -> throw new IllegalStateException("A publication is either done or rejected");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return list(null, fields, errors, model);
    }

    @GetMapping("/besoins/{id}")
    String need(@PathVariable String id, Model model) {
        Sourcing.MatchedNeed matched = sourcing.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Besoin inconnu"));
        SourcingNeed need = matched.need();
        model.addAttribute("need", NeedRow.of(need, territories));
        model.addAttribute("published", FrenchFormat.dateTime(need.createdAt()) + " par " + need.createdBy());
        model.addAttribute("matches", matched.matches().stream().map(m -> new MatchRow(m.siret(), m.name(),
                SourcingText.categories(m.categories()), FrenchFormat.euros(m.capacity()),
                m.capacity() == null ? "Capacité inconnue" : m.hasCapacity() ? "Oui" : "Non",
                matched.notified(m) ? "Oui" : "Non (décrit après la publication)")).toList());
        model.addAttribute("interests", need.interests().stream().map(i -> new InterestRow(i.siret(),
                i.supplierName(), i.note() == null ? "—" : i.note(),
                FrenchFormat.dateTime(i.recordedAt()) + " par " + i.recordedBy())).toList());
        NeedOutcome outcome = need.outcome();
        model.addAttribute("outcome", outcome == null ? null : outcome.awarded()
                ? "Marché attribué : " + outcome.contractId() + (outcome.reason() == null ? "" : " — " + outcome.reason())
                : "Sans suite : " + outcome.reason());
        model.addAttribute("outcomeContract", outcome == null ? null : outcome.contractId());
        model.addAttribute("outcomeRecorded", outcome == null ? null
                : FrenchFormat.dateTime(outcome.recordedAt()) + " par " + outcome.recordedBy());
        model.addAttribute("open", need.status() == NeedStatus.OPEN);
        model.addAttribute("canRecordInterest", SourcingAgents.mayMeetSuppliers(actor));
        model.addAttribute("canClose", SourcingAgents.mayPublish(actor));
        model.addAttribute("meetings", meetings.discussing(id).stream().map(m -> new MeetingLink(m.id(),
                m.kind().label() + " — " + m.title() + " (" + FrenchFormat.date(m.heldOn()) + ")")).toList());
        if (!model.containsAttribute("interestFields")) {
            model.addAttribute("interestFields", Map.of("siret", "", "note", ""));
            model.addAttribute("interestErrors", Map.of());
        }
        if (!model.containsAttribute("outcomeFields")) {
            model.addAttribute("outcomeFields", Map.of("awarded", "", "contractId", "", "reason", ""));
            model.addAttribute("outcomeErrors", Map.of());
        }
        return "sourcing/need";
    }

    @PostMapping("/besoins/{id}/interets")
    String interest(@PathVariable String id, @RequestParam(defaultValue = "") String siret,
                    @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        SourcingAgents.requireSupplierAgent(actor);
        Map<String, String> errors = new HashMap<>();
        switch (sourcing.recordInterest(id, siret, note, actor.current().username())) {
            case Sourcing.Done done -> {
                redirect.addFlashAttribute("success", "Intérêt de "
                        + done.need().interests().getLast().supplierName() + " enregistré.");
                return "redirect:/besoins/" + id + "#interets";
            }
            case Sourcing.Rejected rejected -> merge(rejected.violations(), errors);
            case Sourcing.NotASupplier notASupplier -> errors.put("siret",
                    SourcingNeedApiController.NOT_A_SUPPLIER.formatted(notASupplier.siret()));
            case Sourcing.Conflict conflict -> errors.put("form", conflict.message());
            case Sourcing.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("interestFields", Map.of("siret", siret, "note", note));
        redirect.addFlashAttribute("interestErrors", errors);
        return "redirect:/besoins/" + id + "#declarer-interet";
    }

    @PostMapping("/besoins/{id}/issue")
    String outcome(@PathVariable String id, @RequestParam(defaultValue = "") String awarded,
                   @RequestParam(defaultValue = "") String contractId, @RequestParam(defaultValue = "") String reason,
                   RedirectAttributes redirect) {
        SourcingAgents.requirePublisher(actor);
        Map<String, String> errors = new HashMap<>();
        Boolean wasAwarded = switch (awarded) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
        switch (sourcing.close(id, new OutcomeForm(wasAwarded, contractId, reason), actor.current().username())) {
            case Sourcing.Done done -> {
                redirect.addFlashAttribute("success", "Issue du besoin enregistrée : "
                        + done.need().status().label().toLowerCase(java.util.Locale.FRENCH) + ".");
                return "redirect:/besoins/" + id + "#issue";
            }
            case Sourcing.Rejected rejected -> merge(rejected.violations(), errors);
            case Sourcing.Conflict conflict -> errors.put("form", conflict.message());
            case Sourcing.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case Sourcing.NotASupplier notASupplier -> throw new IllegalStateException("No supplier in an outcome");
        }
        redirect.addFlashAttribute("outcomeFields", Map.of("awarded", awarded, "contractId", contractId,
                "reason", reason));
        redirect.addFlashAttribute("outcomeErrors", errors);
        return "redirect:/besoins/" + id + "#noter-issue";
    }

    private String list(String status, NeedFields fields, Map<String, String> errors, Model model) {
        NeedStatus shown = null;
        for (NeedStatus s : NeedStatus.values()) {
            if (s.name().equalsIgnoreCase(status)) {
                shown = s;
            }
        }
        model.addAttribute("status", shown == null ? "" : shown.name());
        model.addAttribute("statuses", NeedStatus.values());
        model.addAttribute("rows", sourcing.list(shown).stream().map(n -> NeedRow.of(n, territories)).toList());
        model.addAttribute("canPublish", SourcingAgents.mayPublish(actor));
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("territories", territories);
        model.addAttribute("divisions", CpvDivisions.all());
        return "sourcing/needs";
    }

    private static BigDecimal amount(String field, String typed, Map<String, String> errors) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return FrenchFormat.parseAmount(typed);
        } catch (NumberFormatException e) {
            errors.put(field, "Le montant s'écrit en euros, par exemple 40000 ou 12 345,67.");
            return null;
        }
    }

    private static void merge(List<Violation> violations, Map<String, String> errors) {
        violations.forEach(v -> errors.merge(v.field(), v.message(), (a, b) -> a + " " + b));
    }
}
