package fr.essor.funding.guarantees.web;

import fr.essor.funding.guarantees.application.GuaranteeBook;
import fr.essor.funding.guarantees.application.LoanGuarantees;
import fr.essor.funding.guarantees.domain.GuaranteeTerms;
import fr.essor.funding.guarantees.domain.LoanGuarantee;
import fr.essor.funding.web.FormFields;
import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.funding.web.PortfolioText;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.security.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The loan guarantees page: every guarantee, the exposure per organisation, and the forms to grant and follow one. */
@Controller
class GuaranteePageController {

    private final GuaranteeBook book;
    private final OrganisationChoice organisationChoice;
    private final LoanGuarantees guarantees;
    private final CurrentActor currentActor;

    GuaranteePageController(GuaranteeBook book, LoanGuarantees guarantees, CurrentActor currentActor,
                            OrganisationChoice organisationChoice) {
        this.organisationChoice = organisationChoice;
        this.book = book;
        this.guarantees = guarantees;
        this.currentActor = currentActor;
    }

    /** A guarantee as the page writes it. */
    record Row(String id, String organisationId, String organisationName, String lender, String loanAmount,
               String share, String guaranteedAmount, String duration, String grantedOn, String deliberation,
               String outstanding, String exposure) {

        static Row of(LoanGuarantee g) {
            GuaranteeTerms t = g.terms();
            return new Row(g.id(), t.organisationId(), t.organisationName(), t.lender(),
                    PortfolioText.euros(t.loanAmount()), PortfolioText.percent(t.guaranteedShare()),
                    PortfolioText.euros(t.guaranteedAmount()), t.durationMonths() + " mois",
                    PortfolioText.date(t.grantedOn()), t.deliberationReference(),
                    PortfolioText.euros(g.outstandingPrincipal()) + " au " + PortfolioText.date(g.outstandingOn()),
                    PortfolioText.euros(g.exposure()));
        }
    }

    record OrganisationExposure(String organisationId, String organisationName, int count, String exposure) {
    }

    @GetMapping("/garanties")
    String list(Model model) {
        return page(Map.of(), Map.of(), model);
    }

    @PostMapping("/garanties")
    String grant(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        FormFields f = new FormFields(form);
        Long months = f.whole("durationMonths");
        GuaranteeBook.Result result = book.grant(new GuaranteeBook.GrantRequest(f.organisation("organisation", organisationChoice),
                f.text("lender"), f.amount("loanAmount"), f.amount("guaranteedShare"),
                months == null ? null : Math.toIntExact(Math.min(months, Integer.MAX_VALUE)), f.date("grantedOn"),
                f.text("deliberationReference"), f.text("purpose")), currentActor.current());
        return answer(result, f, form, model, response, redirect, "La garantie d'emprunt est accordée.");
    }

    @PostMapping("/garanties/encours")
    String outstanding(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        FormFields f = new FormFields(form);
        GuaranteeBook.Result result = book.recordOutstanding(String.valueOf(f.text("guaranteeId")),
                f.amount("outstandingPrincipal"), f.date("outstandingOn"), currentActor.current());
        if (result instanceof GuaranteeBook.Unknown) {
            f.errors().put("guaranteeId", "Choisissez une garantie.");
        }
        return answer(result, f, form, model, response, redirect, "Le capital restant dû est enregistré.");
    }

    private String answer(GuaranteeBook.Result result, FormFields f, Map<String, String> form, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, String success) {
        if (result instanceof GuaranteeBook.Forbidden forbidden) {
            throw new AccessDeniedException(forbidden.reason());
        }
        Map<String, String> errors = new LinkedHashMap<>(f.errors());
        if (errors.isEmpty() && result instanceof GuaranteeBook.Done done) {
            if (done.outcome() instanceof LoanGuarantee.Invalid invalid) {
                for (Violation v : invalid.violations()) {
                    errors.putIfAbsent(v.field(), v.message());
                }
            } else {
                redirect.addFlashAttribute("message", success);
                return "redirect:/garanties";
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(errors, form, model);
    }

    private String page(Map<String, String> errors, Map<String, String> values, Model model) {
        List<LoanGuarantee> all = guarantees.all();
        Map<String, List<LoanGuarantee>> byOrganisation = all.stream().collect(Collectors.groupingBy(
                g -> g.terms().organisationId(), LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("rows", all.stream().map(Row::of).toList());
        model.addAttribute("exposures", byOrganisation.values().stream().map(list -> new OrganisationExposure(
                list.getFirst().terms().organisationId(), list.getFirst().terms().organisationName(), list.size(),
                PortfolioText.euros(LoanGuarantee.totalExposure(list)))).toList());
        model.addAttribute("totalExposure", PortfolioText.euros(all.isEmpty() ? BigDecimal.ZERO
                : LoanGuarantee.totalExposure(all)));
        model.addAttribute("mayManage", GuaranteeBook.mayManage(currentActor.current()));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "guarantees/list";
    }
}
