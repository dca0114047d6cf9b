package fr.essor.funding.cpo.web;

import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.kit.domain.Violation;
import fr.essor.funding.cpo.application.CpoAdministration;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoInstalment;
import fr.essor.funding.cpo.domain.CpoOutcome;
import fr.essor.funding.cpo.domain.CpoTerms;
import fr.essor.funding.cpo.domain.Objective;
import fr.essor.funding.cpo.domain.YearlyAmount;
import fr.essor.funding.web.FormFields;
import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.funding.web.PortfolioText;
import fr.essor.kit.documents.DocumentRenderer;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPO pages: the list and the form to draw one up ({@code /cpo}), and a CPO's page with its schedule and the
 * forms to sign it, record its annual reviews and its payments; the same use cases as the API. Directorates only.
 */
@Controller
class CpoPageController {

    /** Rows of the creation form: a CPO covers 2 to 4 years and sets objectives, a few typed in at a time. */
    static final int YEAR_ROWS = 4;
    static final int OBJECTIVE_ROWS = 5;

    private final CpoAdministration administration;
    private final OrganisationChoice organisationChoice;
    private final CurrentActor currentActor;
    private final DocumentRenderer documents;

    CpoPageController(CpoAdministration administration, CurrentActor currentActor,
                      DocumentRenderer documents, OrganisationChoice organisationChoice) {
        this.organisationChoice = organisationChoice;
        this.administration = administration;
        this.currentActor = currentActor;
        this.documents = documents;
    }

    @GetMapping("/cpo")
    String list(Model model) {
        return listPage(Map.of(), Map.of(), model);
    }

    @PostMapping("/cpo")
    String draw(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        refuseTerritoryAccounts();
        FormFields f = new FormFields(form);
        List<YearlyAmount> years = new ArrayList<>();
        for (int i = 1; i <= YEAR_ROWS; i++) {
            Long year = f.whole("year" + i);
            var operating = f.amount("operating" + i);
            var investment = f.amount("investment" + i);
            if (year == null && (operating != null || investment != null)) {
                f.errors().put("year" + i, "Indiquez l'année de ces montants.");
            } else if (year != null) {
                years.add(new YearlyAmount(Math.toIntExact(Math.clamp(year, 0, 9999)), operating, investment));
            }
        }
        List<Objective> objectives = new ArrayList<>();
        for (int i = 1; i <= OBJECTIVE_ROWS; i++) {
            if (f.text("objective" + i) != null || f.text("indicator" + i) != null || f.text("target" + i) != null) {
                objectives.add(new Objective(f.text("objective" + i), f.text("indicator" + i), f.text("target" + i)));
            }
        }
        var decidedOn = f.date("decidedOn");
        if (!f.errors().isEmpty()) {
            // a field that cannot be read stops here: drawing up without it would store other terms than typed
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(f.errors(), form, model);
        }
        CpoOutcome outcome = administration.draw(new CpoAdministration.Draft(f.organisation("organisation", organisationChoice),
                f.text("leadDirectorate"), f.text("title"), objectives, years, f.text("decisionReference"),
                decidedOn), currentActor.current());
        if (outcome instanceof CpoOutcome.Forbidden forbidden) {
            throw new AccessDeniedException(forbidden.reason());
        }
        if (outcome instanceof CpoOutcome.Changed changed) {
            redirect.addFlashAttribute("message", "La convention " + changed.cpo().id() + " est établie : "
                    + "elle attend sa signature.");
            return "redirect:/cpo/" + changed.cpo().id();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome instanceof CpoOutcome.Invalid invalid) {
            invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return listPage(errors, form, model);
    }

    @GetMapping("/cpo/{id}")
    String show(@PathVariable String id, Model model) {
        return cpoPage(find(id), Map.of(), Map.of(), null, model);
    }

    @GetMapping("/cpo/{id}/convention.pdf")
    ResponseEntity<byte[]> agreement(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"convention-" + id + ".pdf\"")
                .body(CpoAgreementPdf.of(find(id), documents));
    }

    @PostMapping("/cpo/{id}/signature")
    String sign(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        find(id);
        FormFields f = new FormFields(form);
        var signedOn = f.date("signedOn");
        CpoAdministration.Result result = f.errors().isEmpty()
                ? administration.sign(id, signedOn, currentActor.current()) : null;
        return answer(id, result, f, model, response, redirect, "La signature de la convention est enregistrée.");
    }

    @PostMapping("/cpo/{id}/bilan")
    String review(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        find(id);
        FormFields f = new FormFields(form);
        Long year = f.whole("year");
        var reviewedOn = f.date("reviewedOn");
        String verdict = f.text("favourable");
        if (year == null && !f.errors().containsKey("year")) {
            f.errors().put("year", "Indiquez l'année évaluée.");
        }
        if (verdict == null || !List.of("oui", "non").contains(verdict)) {
            f.errors().put("favourable", "Indiquez si le bilan est favorable.");
        }
        CpoAdministration.Result result = f.errors().isEmpty() ? administration.review(id,
                Math.toIntExact(Math.clamp(year, 0, 9999)), reviewedOn, "oui".equals(verdict), f.text("comment"),
                currentActor.current()) : null;
        return answer(id, result, f, model, response, redirect, "Le bilan annuel est enregistré.");
    }

    @PostMapping("/cpo/{id}/versement")
    String pay(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        find(id);
        FormFields f = new FormFields(form);
        Long instalment = f.whole("instalment");
        var amount = f.amount("amount");
        var paidOn = f.date("paidOn");
        if (instalment == null && !f.errors().containsKey("instalment")) {
            f.errors().put("instalment", "Choisissez l'échéance versée.");
        }
        CpoAdministration.Result result = f.errors().isEmpty() ? administration.pay(id,
                Math.toIntExact(Math.clamp(instalment, 0, 1000)), amount, paidOn, currentActor.current()) : null;
        return answer(id, result, f, model, response, redirect, "Le versement est enregistré.");
    }

    /** A change asked from the CPO's page: back to the page with a message, or the page again with what is wrong. */
    private String answer(String id, CpoAdministration.Result result, FormFields f, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, String success) {
        Map<String, String> errors = new LinkedHashMap<>(f.errors());
        String refusal = null;
        if (result instanceof CpoAdministration.Done done) {
            switch (done.outcome()) {
                case CpoOutcome.Changed ignored -> {
                    redirect.addFlashAttribute("message", success);
                    return "redirect:/cpo/" + id;
                }
                case CpoOutcome.Invalid invalid -> {
                    for (Violation v : invalid.violations()) {
                        errors.putIfAbsent(v.field(), v.message());
                    }
                }
                case CpoOutcome.NotAllowedNow notNow -> refusal = notNow.message();
                case CpoOutcome.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
            }
        } else if (result instanceof CpoAdministration.Unknown) {
            throw unknown(id);
        }
        response.setStatus(refusal != null ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        return cpoPage(find(id), errors, f.values(), refusal, model);
    }

    private String listPage(Map<String, String> errors, Map<String, String> values, Model model) {
        refuseTerritoryAccounts();
        model.addAttribute("rows", administration.all().stream().map(CpoLine::of).toList());
        model.addAttribute("directorates", Directorate.values());
        model.addAttribute("yearRows", rows(YEAR_ROWS));
        model.addAttribute("objectiveRows", rows(OBJECTIVE_ROWS));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "cpo/list";
    }

    private String cpoPage(Cpo cpo, Map<String, String> errors, Map<String, String> values, String refusal,
                           Model model) {
        CpoTerms t = cpo.terms();
        model.addAttribute("cpo", CpoLine.of(cpo));
        model.addAttribute("terms", t);
        model.addAttribute("decidedOn", PortfolioText.date(t.decidedOn()));
        model.addAttribute("years", t.years().stream().map(y -> new YearLine(y.year(),
                PortfolioText.euros(y.operating()), PortfolioText.euros(y.investment()),
                PortfolioText.euros(y.total()))).toList());
        List<InstalmentLine> schedule = cpo.schedule().instalments().stream().map(i -> new InstalmentLine(
                i.number(), i.year(), i.label(), PortfolioText.euros(i.amount()),
                PortfolioText.euros(cpo.leftOn(i.number())), release(cpo, i),
                cpo.released(i) && cpo.leftOn(i.number()).signum() > 0)).toList();
        model.addAttribute("schedule", schedule);
        model.addAttribute("payable", schedule.stream().filter(InstalmentLine::payable).toList());
        model.addAttribute("reviews", cpo.reviews().stream().map(r -> new ReviewLine(r.year(),
                PortfolioText.date(r.reviewedOn()), r.favourable() ? "Favorable" : "Défavorable", r.comment(),
                r.recordedBy())).toList());
        model.addAttribute("payments", cpo.payments().stream().map(p -> new PaymentLine(p.number(), p.instalment(),
                PortfolioText.euros(p.amount()), PortfolioText.date(p.paidOn()), p.recordedBy())).toList());
        model.addAttribute("mayKeep", Cpo.mayKeep(Agents.of(currentActor.current()), t));
        model.addAttribute("signed", cpo.signedOn().isPresent());
        model.addAttribute("nextYear", cpo.suspended() ? null : cpo.nextYearToReview().orElse(null));
        model.addAttribute("refusal", refusal);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "cpo/cpo";
    }

    private static String release(Cpo cpo, CpoInstalment instalment) {
        if (cpo.leftOn(instalment.number()).signum() == 0) {
            return "Versée";
        }
        return cpo.released(instalment) ? "Débloquée" : "En attente : versée " + instalment.condition();
    }

    private static List<Integer> rows(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).boxed().toList();
    }

    private Cpo find(String id) {
        refuseTerritoryAccounts();
        return administration.find(id).orElseThrow(() -> unknown(id));
    }

    private static ResponseStatusException unknown(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucune convention pluriannuelle « " + id + " ».");
    }

    private void refuseTerritoryAccounts() {
        if (currentActor.current().hasRole(Role.EPT) && !currentActor.current().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Les conventions pluriannuelles sont réservées aux agents du Département.");
        }
    }

    /** A CPO as the pages write it. */
    record CpoLine(String id, String status, String organisationId, String organisationName, String lead,
                   String title, String years, String total, String paid, String remaining, String signedOn) {

        static CpoLine of(Cpo c) {
            CpoTerms t = c.terms();
            return new CpoLine(c.id(), c.status().label(), t.organisationId(), t.organisationName(),
                    t.leadDirectorate().label(), t.title(), t.fromYear() + "-" + t.toYear(),
                    PortfolioText.euros(t.total()), PortfolioText.euros(c.totalPaid()),
                    PortfolioText.euros(c.remaining()), c.signedOn().map(PortfolioText::date).orElse("—"));
        }
    }

    record YearLine(int year, String operating, String investment, String total) {
    }

    record InstalmentLine(int number, int year, String label, String amount, String left, String release,
                          boolean payable) {
    }

    record ReviewLine(int year, String reviewedOn, String verdict, String comment, String recordedBy) {
    }

    record PaymentLine(int number, int instalment, String amount, String paidOn, String recordedBy) {
    }
}
