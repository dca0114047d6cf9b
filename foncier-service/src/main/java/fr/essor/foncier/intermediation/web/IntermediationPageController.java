package fr.essor.foncier.intermediation.web;

import fr.essor.foncier.intermediation.application.IntermediationDesk;
import fr.essor.foncier.intermediation.application.Intermediations;
import fr.essor.foncier.intermediation.application.RenewalReviews;
import fr.essor.foncier.intermediation.domain.ClosureReason;
import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.LeaseEndReason;
import fr.essor.foncier.intermediation.domain.Participant;
import fr.essor.foncier.intermediation.domain.Partner;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.premises.application.MatchBoard;
import fr.essor.foncier.premises.application.PremisesNeeds;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** The cell's pages for the workflow: proposing a match, following it step by step, and the renewal reviews. */
@Controller
class IntermediationPageController {

    private final IntermediationDesk desk;
    private final Intermediations intermediations;
    private final RenewalReviews renewals;
    private final PremisesNeeds needs;
    private final MatchBoard board;
    private final CellMembers cell;

    IntermediationPageController(IntermediationDesk desk, Intermediations intermediations, RenewalReviews renewals,
                                 PremisesNeeds needs, MatchBoard board, CellMembers cell) {
        this.desk = desk;
        this.intermediations = intermediations;
        this.renewals = renewals;
        this.needs = needs;
        this.board = board;
        this.cell = cell;
    }

    @GetMapping("/mises-en-relation")
    String list(Model model) {
        cell.reader();
        model.addAttribute("rows", intermediations.latest(300).stream().map(IntermediationRow::of).toList());
        model.addAttribute("renewals", renewals.due().size());
        return "intermediation/list";
    }

    @GetMapping("/mises-en-relation/export.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export() {
        cell.reader();
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(
                        fr.essor.kit.exports.XlsxWorkbook.MEDIA_TYPE))
                .header("Content-Disposition", "attachment; filename=\"mises-en-relation-et-baux.xlsx\"")
                .body(IntermediationWorkbook.of(intermediations.latest(10_000)));
    }

    @GetMapping("/mises-en-relation/renouvellements")
    String renewals(Model model) {
        cell.reader();
        model.addAttribute("rows", renewals.due().stream().map(IntermediationRow::of).toList());
        return "intermediation/renewals";
    }

    @GetMapping("/mises-en-relation/nouvelle")
    String proposal(@RequestParam String needId, Model model) {
        cell.writer();
        return proposalForm(needId, null, Map.of(), model);
    }

    @PostMapping("/mises-en-relation")
    String propose(@RequestParam String needId, @RequestParam(required = false) String offerId,
                   @RequestParam(required = false) List<String> partners,
                   @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        var chosen = IntermediationRequests.partners(partners, refusals);
        if (offerId == null || offerId.isBlank()) {
            refusals.add(new Violation("offerId", "offerId.required", "Choisissez l'offre à proposer."));
        }
        if (refusals.isEmpty()) {
            IntermediationDesk.Outcome outcome = desk.propose(needId, offerId, chosen, note, agent);
            if (outcome instanceof IntermediationDesk.Done done) {
                redirect.addFlashAttribute("message", "La mise en relation " + done.intermediation().id()
                        + " est ouverte.");
                return "redirect:/mises-en-relation/" + done.intermediation().id();
            }
            if (outcome instanceof IntermediationDesk.Rejected rejected) {
                refusals.addAll(rejected.refusals());
            } else {
                throw notFound();
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return proposalForm(needId, offerId, errors(refusals), model);
    }

    @GetMapping("/mises-en-relation/{id}")
    String show(@PathVariable String id, Model model) {
        cell.reader();
        return page(find(id), Map.of(), model);
    }

    /** One form per step; {@code step} names it, the other fields are the step's. */
    @PostMapping("/mises-en-relation/{id}/{step}")
    String step(@PathVariable String id, @PathVariable String step, @RequestParam MultiValueMap<String, String> form,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        String note = form.getFirst("note");
        IntermediationDesk.Outcome outcome = switch (step) {
            case "contact" -> desk.recordContact(id, note, agent);
            case "visite" -> {
                var date = IntermediationRequests.date("date", form.getFirst("date"), refusals);
                var participants = IntermediationRequests.participants(form.get("participants"), refusals);
                yield refusals.isEmpty() ? desk.recordVisit(id, date, participants, form.getFirst("feedback"),
                        agent) : null;
            }
            case "negociation" -> desk.startNegotiation(id, note, agent);
            case "bail" -> {
                var start = IntermediationRequests.date("startDate", form.getFirst("startDate"), refusals);
                var end = IntermediationRequests.date("endDate", form.getFirst("endDate"), refusals);
                Integer surface = integer("surface", form.getFirst("surface"), refusals);
                BigDecimal rent = amount("annualRent", form.getFirst("annualRent"), refusals);
                yield refusals.isEmpty() ? desk.signLease(id, start, end, surface, rent, agent) : null;
            }
            case "cloture" -> {
                ClosureReason reason = IntermediationRequests.reason(form.getFirst("reason"), refusals);
                yield refusals.isEmpty() ? closing(desk.close(id, reason, form.getFirst("closingNote"), agent)) : null;
            }
            case "renouvellement" -> {
                var newEnd = IntermediationRequests.date("newEndDate", form.getFirst("newEndDate"), refusals);
                yield refusals.isEmpty() ? desk.renewLease(id, newEnd, form.getFirst("renewalNote"), agent) : null;
            }
            case "fin-du-bail" -> {
                var endedOn = IntermediationRequests.date("endedOn", form.getFirst("endedOn"), refusals);
                var reason = IntermediationRequests.endReason(form.getFirst("endReason"), refusals);
                yield refusals.isEmpty() ? desk.endLease(id, endedOn, reason, form.getFirst("endNote"), agent)
                        : null;
            }
            case "partenaires" -> {
                var partners = IntermediationRequests.partners(form.get("partners"), refusals);
                yield refusals.isEmpty() ? desk.assignPartners(id, partners, agent) : null;
            }
            default -> throw notFound();
        };
        if (outcome instanceof IntermediationDesk.Done) {
            redirect.addFlashAttribute("message", "Étape enregistrée.");
            return "redirect:/mises-en-relation/" + id;
        }
        if (outcome instanceof IntermediationDesk.Unknown) {
            throw notFound();
        }
        if (outcome instanceof IntermediationDesk.Rejected rejected) {
            refusals.addAll(rejected.refusals());
        }
        response.setStatus(refusals.stream().allMatch(r -> r.field().equals("step"))
                ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("openStep", step);
        return page(find(id), errors(refusals), model);
    }

    private String page(Intermediation intermediation, Map<String, String> errors, Model model) {
        model.addAttribute("i", IntermediationRow.of(intermediation));
        model.addAttribute("errors", errors);
        model.addAttribute("none", List.of());
        model.addAttribute("mayWrite", cell.canWrite());
        model.addAttribute("partners", Arrays.stream(Partner.values()).map(p -> new Option(p.name(), p.label()))
                .toList());
        model.addAttribute("chosenPartners", intermediation.partners().stream().map(Enum::name).toList());
        model.addAttribute("participants", Arrays.stream(Participant.values())
                .map(p -> new Option(p.name(), p.label())).toList());
        model.addAttribute("reasons", Arrays.stream(ClosureReason.values())
                .map(r -> new Option(r.name(), r.label())).toList());
        model.addAttribute("endReasons", Arrays.stream(LeaseEndReason.values())
                .map(r -> new Option(r.name(), r.label())).toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "intermediation/intermediation";
    }

    private String proposalForm(String needId, String offerId, Map<String, String> errors, Model model) {
        var need = needs.find(needId).orElseThrow(IntermediationPageController::notFound);
        List<Option> offers = board.forNeed(needId, 10).orElse(List.of()).stream()
                .map(m -> new Option(m.offer().id(), m.offer().id() + " — " + m.offer().details().address() + ", "
                        + m.offer().details().commune().name() + ", " + m.offer().details().surface() + " m², "
                        + FrenchFormat.euros(m.offer().details().rentPerSquareMetre()) + "/m²/an — score "
                        + m.assessment().score() + "/100"))
                .toList();
        model.addAttribute("needId", need.id());
        model.addAttribute("organisation", need.organisation().name());
        model.addAttribute("offers", offers);
        model.addAttribute("offerId", offerId);
        model.addAttribute("partners", Arrays.stream(Partner.values()).map(p -> new Option(p.name(), p.label()))
                .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("none", List.of());
        return "intermediation/proposal";
    }

    private Intermediation find(String id) {
        return intermediations.find(id).orElseThrow(IntermediationPageController::notFound);
    }

    private static Map<String, String> errors(List<Violation> refusals) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusals.forEach(r -> errors.merge(r.field(), r.message(), (a, b) -> a + " " + b));
        return errors;
    }

    private static Integer integer(String field, String value, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim().replace("\u00a0", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            refusals.add(new Violation(field, field + ".format", "Nombre entier attendu : « " + value + " »."));
            return null;
        }
    }

    private static BigDecimal amount(String field, String value, List<Violation> refusals) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return fr.essor.kit.ui.FrenchFormat.parseAmount(value);
        } catch (NumberFormatException e) {
            refusals.add(new Violation(field, field + ".format", "Montant attendu en euros, par exemple 12 345,67 : « "
                    + value + " »."));
            return null;
        }
    }

    /** On the page the closure's explanation has its own field, apart from the contact's note. */
    private static IntermediationDesk.Outcome closing(IntermediationDesk.Outcome outcome) {
        return outcome instanceof IntermediationDesk.Rejected rejected ? new IntermediationDesk.Rejected(
                rejected.refusals().stream().map(r -> r.field().equals("note")
                        ? new Violation("closingNote", r.code(), r.message()) : r).toList()) : outcome;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucune mise en relation sous cette référence.");
    }

}
