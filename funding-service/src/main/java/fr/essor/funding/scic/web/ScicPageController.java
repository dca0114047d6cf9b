package fr.essor.funding.scic.web;

import fr.essor.funding.web.FormFields;
import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.funding.web.PortfolioText;
import fr.essor.funding.scic.application.ScicPortfolio;
import fr.essor.funding.scic.application.ScicStakes;
import fr.essor.funding.scic.domain.Holding;
import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.funding.scic.domain.StakeChange;
import fr.essor.funding.scic.domain.StakeOutcome;
import fr.essor.funding.scic.domain.StakeStatus;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.security.CurrentActor;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The SCIC portfolio pages: the list of stakes and each stake's page with the actions its state allows. */
@Controller
class ScicPageController {

    private final ScicPortfolio portfolio;
    private final OrganisationChoice organisationChoice;
    private final ScicStakes stakes;
    private final CurrentActor currentActor;

    ScicPageController(ScicPortfolio portfolio, ScicStakes stakes, CurrentActor currentActor,
                       OrganisationChoice organisationChoice) {
        this.organisationChoice = organisationChoice;
        this.portfolio = portfolio;
        this.stakes = stakes;
        this.currentActor = currentActor;
    }

    @GetMapping("/scic")
    String list(Model model) {
        List<ScicStake> all = stakes.all();
        BigDecimal held = all.stream().filter(s -> s.status() == StakeStatus.HELD).map(ScicStake::holding)
                .map(Holding::capitalHeld).reduce(BigDecimal.ZERO, BigDecimal::add);
        model.addAttribute("rows", all.stream().map(StakeRow::of).toList());
        model.addAttribute("totalHeld", PortfolioText.euros(held));
        model.addAttribute("toComplete", all.stream().filter(s -> s.status() == StakeStatus.TO_COMPLETE).count());
        return "scic/portfolio";
    }

    @GetMapping("/scic/{id}")
    String show(@PathVariable String id, Model model) {
        return page(find(id), Map.of(), Map.of(), model);
    }

    @PostMapping("/scic/{id}/acquisition")
    String complete(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return handle(id, form, model, response, redirect, "Les chiffres de la participation sont enregistrés.",
                f -> portfolio.complete(id, new ScicPortfolio.AcquisitionRequest(f.organisation("organisation", organisationChoice),
                        f.whole("shares"), f.amount("capitalHeld"), f.amount("scicCapital"), f.date("acquiredOn"),
                        f.text("deliberationReference")), currentActor.current()));
    }

    @PostMapping("/scic/{id}/changement")
    String change(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return handle(id, form, model, response, redirect, "La participation est modifiée.",
                f -> portfolio.change(id, StakeChange.fromCode(Objects.requireNonNullElse(f.text("change"), ""))
                                .orElse(null), f.whole("shares"), f.amount("capitalHeld"), f.amount("scicCapital"),
                        f.date("changedOn"), f.text("deliberationReference"), currentActor.current()));
    }

    @PostMapping("/scic/{id}/cession")
    String sell(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return handle(id, form, model, response, redirect, "La cession est enregistrée.",
                f -> portfolio.sell(id, f.date("soldOn"), f.amount("saleAmount"), f.text("saleDeliberationReference"),
                        currentActor.current()));
    }

    @PostMapping("/scic/{id}/gouvernance")
    String appoint(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return handle(id, form, model, response, redirect, "Le représentant du Département est enregistré.",
                f -> portfolio.appoint(id, f.text("representative"), f.text("college"), currentActor.current()));
    }

    @PostMapping("/scic/{id}/assemblees")
    String meeting(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return handle(id, form, model, response, redirect, "Le suivi de l'assemblée générale est enregistré.",
                f -> portfolio.recordGeneralMeeting(id, f.date("heldOn"), f.text("resolutions"), f.amount("revenue"),
                        f.amount("result"), f.amount("equity"), currentActor.current()));
    }

    private String handle(String id, Map<String, String> form, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, String success,
                          Function<FormFields, ScicPortfolio.Result> useCase) {
        FormFields fields = new FormFields(form);
        ScicPortfolio.Result result = useCase.apply(fields);
        if (!fields.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(find(id), fields.errors(), form, model);
        }
        return switch (result) {
            case ScicPortfolio.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
            case ScicPortfolio.Unknown unknown -> throw notFound();
            case ScicPortfolio.Done done -> switch (done.outcome()) {
                case StakeOutcome.Changed changed -> {
                    redirect.addFlashAttribute("message", success);
                    yield "redirect:/scic/" + id;
                }
                case StakeOutcome.Invalid invalid -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    for (Violation v : invalid.violations()) {
                        errors.putIfAbsent(v.field(), v.message());
                    }
                    if (form.containsKey("saleDeliberationReference") && errors.containsKey("deliberationReference")) {
                        errors.put("saleDeliberationReference", errors.remove("deliberationReference"));
                    }
                    response.setStatus(HttpStatus.BAD_REQUEST.value());
                    yield page(find(id), errors, form, model);
                }
                case StakeOutcome.NotAllowedNow notNow -> {
                    response.setStatus(HttpStatus.CONFLICT.value());
                    yield page(find(id), Map.of("action", notNow.message()), form, model);
                }
            };
        };
    }

    private String page(ScicStake stake, Map<String, String> errors, Map<String, String> values, Model model) {
        model.addAttribute("stake", StakeRow.of(stake));
        model.addAttribute("meetings", StakeRow.meetings(stake));
        model.addAttribute("history", StakeRow.history(stake));
        model.addAttribute("mayManage", ScicPortfolio.mayManage(currentActor.current()));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("changes", List.of(StakeChange.values()));
        return "scic/stake";
    }

    private ScicStake find(String id) {
        return stakes.find(id).orElseThrow(ScicPageController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable");
    }
}
