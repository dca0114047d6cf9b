package fr.essor.funding.grants.web;

import fr.essor.funding.grants.application.AgreementPdf;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.kit.domain.Violation;
import fr.essor.funding.grants.application.GrantAdministration;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.GrantOutcome;
import fr.essor.funding.grants.domain.Trigger;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The grant file page: the agreement to download, its signature, the reports received, the payments. */
@Controller
class GrantPageController {

    private final GrantAdministration administration;
    private final CurrentActor currentActor;
    private final DocumentRenderer documents;

    GrantPageController(GrantAdministration administration, CurrentActor currentActor,
                        DocumentRenderer documents) {
        this.administration = administration;
        this.currentActor = currentActor;
        this.documents = documents;
    }

    @GetMapping("/subventions/{id}")
    String show(@PathVariable String id, Model model) {
        return page(find(id), Map.of(), model);
    }

    @GetMapping("/subventions/{id}/convention.pdf")
    ResponseEntity<byte[]> agreement(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"convention-" + id + ".pdf\"")
                .body(AgreementPdf.of(find(id), documents));
    }

    @PostMapping("/subventions/{id}/signature")
    String sign(@PathVariable String id, @RequestParam(defaultValue = "") String signedOn, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("typed", Map.of("signedOn", signedOn));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = date(signedOn, "signedOn", errors);
        return errors.isEmpty() ? apply(id, () -> administration.sign(id, date, currentActor.current()), model,
                response, redirect, "La signature de la convention est enregistrée.") : invalid(id, errors, model,
                response);
    }

    @PostMapping("/subventions/{id}/comptes-rendus")
    String report(@PathVariable String id, @RequestParam(defaultValue = "") String report,
                  @RequestParam(defaultValue = "") String receivedOn, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        model.addAttribute("typed", Map.of("report", report, "receivedOn", receivedOn));
        Map<String, String> errors = new LinkedHashMap<>();
        Trigger kind = report.equals("ANNUAL_REPORT") ? Trigger.ANNUAL_REPORT
                : report.equals("FINAL_REPORT") ? Trigger.FINAL_REPORT : null;
        if (kind == null) {
            errors.put("report", "Choisissez le compte rendu reçu.");
        }
        LocalDate date = date(receivedOn, "receivedOn", errors);
        return errors.isEmpty() ? apply(id, () -> administration.receiveReport(id, kind, date,
                currentActor.current()), model, response, redirect, "Le compte rendu est enregistré.")
                : invalid(id, errors, model, response);
    }

    @PostMapping("/subventions/{id}/comptes-rendus/{number}/acceptation")
    String accept(@PathVariable String id, @PathVariable int number, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return apply(id, () -> administration.acceptReport(id, number, currentActor.current()), model, response,
                redirect, "Le compte rendu est accepté : il débloque son échéance.");
    }

    @PostMapping("/subventions/{id}/comptes-rendus/{number}/refus")
    String refuse(@PathVariable String id, @PathVariable int number,
                  @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return apply(id, () -> administration.refuseReport(id, number, reason, currentActor.current()), model,
                response, redirect, "Le compte rendu est refusé : la structure lit le motif et peut en transmettre "
                        + "un nouveau.");
    }

    @PostMapping("/subventions/{id}/versements")
    String pay(@PathVariable String id, @RequestParam int instalment, @RequestParam(defaultValue = "") String amount,
               @RequestParam(defaultValue = "") String paidOn, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        model.addAttribute("typed", Map.of("amount", amount, "paidOn", paidOn));
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal value = amount(amount, errors);
        LocalDate date = date(paidOn, "paidOn", errors);
        return errors.isEmpty() ? apply(id, () -> administration.pay(id, instalment, value, date,
                currentActor.current()), model, response, redirect, "Le versement est enregistré.")
                : invalid(id, errors, model, response);
    }

    private String apply(String id, Supplier<GrantAdministration.Result> useCase, Model model,
                         HttpServletResponse response, RedirectAttributes redirect, String success) {
        GrantAdministration.Result result = useCase.get();
        if (result instanceof GrantAdministration.NoGrant) {
            throw notFound();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        switch (((GrantAdministration.Done) result).outcome()) {
            case GrantOutcome.Changed changed -> {
                redirect.addFlashAttribute("message", success);
                return "redirect:/subventions/" + id;
            }
            case GrantOutcome.Invalid invalid -> {
                for (Violation v : invalid.violations()) {
                    errors.putIfAbsent(v.field(), v.message());
                }
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            case GrantOutcome.NotAllowedNow notNow -> {
                errors.put("action", notNow.message());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
            case GrantOutcome.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
        }
        return page(find(id), errors, model);
    }

    private String invalid(String id, Map<String, String> errors, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(find(id), errors, model);
    }

    private String page(GrantFile file, Map<String, String> errors, Model model) {
        model.addAttribute("grant", GrantPage.of(file));
        model.addAttribute("errors", errors);
        // what the refused form held comes back as it was typed; an empty form otherwise
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        model.addAttribute("mayKeep", currentActor.current().hasAnyRole(Role.DMTA, Role.ADMIN));
        return "grants/grant";
    }

    private GrantFile find(String id) {
        if (currentActor.current().hasRole(Role.EPT)) {
            throw new AccessDeniedException("Les dossiers de subvention sont réservés aux agents du Département.");
        }
        return administration.file(id).orElseThrow(GrantPageController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable");
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        try {
            return value.isBlank() ? null : FrenchFormat.parseDate(value);
        } catch (DateTimeParseException e) {
            errors.put(field, FrenchFormat.UNREADABLE_DATE);
            return null;
        }
    }

    private static BigDecimal amount(String value, Map<String, String> errors) {
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
}
