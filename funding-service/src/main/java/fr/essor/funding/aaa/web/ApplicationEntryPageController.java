package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.aaa.application.ApplicationIntake;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.ApplicationForm;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.Channel;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.web.OrganisationChoice;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page where an agent types in an application to a call: the organisation is looked up in the registry (its
 * name shown before anything is saved), then {@link ApplicationIntake} applies the same rules as the API's import.
 */
@Controller
class ApplicationEntryPageController {

    record OrganisationFound(String identifier, String name, String commune) {
    }

    record CommuneOption(String insee, String label, boolean selected) {
    }

    private final ApplicationIntake intake;
    private final Calls calls;
    private final Organisations organisations;
    private final OrganisationChoice organisationChoice;
    private final Communes communes;
    private final CurrentActor currentActor;

    ApplicationEntryPageController(ApplicationIntake intake, Calls calls, Organisations organisations,
                                   OrganisationChoice organisationChoice, Communes communes,
                                   CurrentActor currentActor) {
        this.intake = intake;
        this.calls = calls;
        this.organisations = organisations;
        this.organisationChoice = organisationChoice;
        this.communes = communes;
        this.currentActor = currentActor;
    }

    @GetMapping("/appel-a-agir/{year}/candidatures/nouvelle")
    String blank(@PathVariable int year, @RequestParam MultiValueMap<String, String> params, Model model) {
        refuseOthers();
        Call call = calls.find(year).orElseThrow(ApplicationEntryPageController::notFound);
        // back from the registration page, every field typed before the detour comes back with the new structure
        ApplicationEntryForm form = params.containsKey("title") ? ApplicationEntryForm.read(params)
                : ApplicationEntryForm.blank(params.getFirst("organisation"));
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<OrganisationFound> found = lookUp(form.organisation(), errors);
        return form(call, form, found.orElse(null), errors, model);
    }

    @PostMapping("/appel-a-agir/{year}/candidatures/nouvelle")
    String submit(@PathVariable int year, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        refuseOthers();
        Call call = calls.find(year).orElseThrow(ApplicationEntryPageController::notFound);
        ApplicationEntryForm form = ApplicationEntryForm.read(params);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<OrganisationFound> found = lookUp(form.organisation(), errors);
        if (params.containsKey("lookup")) {
            model.addAttribute("lookup", true); // a search saves nothing, so it never says « rien n'a été enregistré »
            return form(call, form, found.orElse(null), errors, model);
        }
        ApplicationForm applicationForm = form.toForm(errors);
        LocalDate receivedOn = form.receivedOn(errors);
        if (!errors.isEmpty() || found.isEmpty()) {
            // the domain's rules still speak for the fields that could be read, so every mistake shows at once
            if (applicationForm.check(call, "", "", communes::find) instanceof ApplicationForm.Invalid invalid) {
                invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            }
            return refused(call, form, found.orElse(null), errors, model, response);
        }
        ApplicationIntake.Result result = intake.submit(year, found.get().identifier(), applicationForm, Channel.AGENT,
                receivedOn, currentActor.current());
        if (!(result instanceof ApplicationIntake.Done done)) {
            throw notFound();
        }
        return switch (done.outcome()) {
            case ApplicationOutcome.Changed changed -> {
                String id = changed.application().id();
                redirect.addFlashAttribute("message", "La candidature " + id + " est enregistrée."
                        + changed.application().possibleDuplicateOf().map(d -> " Attention : doublon probable de la "
                        + "candidature " + d + " (même structure, même appel, même titre).").orElse(""));
                yield "redirect:/candidatures/" + id;
            }
            case ApplicationOutcome.Unchanged unchanged -> "redirect:/candidatures/" + unchanged.application().id();
            case ApplicationOutcome.Invalid invalid -> {
                for (Violation v : invalid.violations()) {
                    errors.putIfAbsent(v.field(), v.message());
                }
                yield refused(call, form, found.orElse(null), errors, model, response);
            }
            case ApplicationOutcome.NotAllowedNow notNow -> {
                errors.put("call", notNow.message());
                response.setStatus(HttpStatus.CONFLICT.value());
                yield form(call, form, found.orElse(null), errors, model);
            }
            case ApplicationOutcome.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
        };
    }

    /** The structure the « SIRET, RNA ou nom » field designates: typed with any spacing, or a part of its name. */
    private Optional<OrganisationFound> lookUp(String typed, Map<String, String> errors) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        OrganisationChoice.Chosen chosen = organisationChoice.choose(typed);
        if (chosen.ambiguity().isPresent()) {
            errors.put("organisation", chosen.ambiguity().get());
            return Optional.empty();
        }
        Optional<Organisation> organisation = organisations.findByIdentifier(chosen.identifier());
        if (organisation.isEmpty()) {
            errors.put("organisation", "Aucune structure n'est enregistrée sous le SIRET, le RNA ou le nom « "
                    + typed + " » : vérifiez-le ou enregistrez d'abord la structure.");
            return Optional.empty();
        }
        var d = organisation.get().details();
        return Optional.of(new OrganisationFound(organisation.get().id(), d.name(),
                d.commune().name() + " (" + d.commune().territory().name() + ")"));
    }

    private String refused(Call call, ApplicationEntryForm form, OrganisationFound found, Map<String, String> errors,
                           Model model, HttpServletResponse response) {
        if (found == null && !errors.containsKey("organisation")) {
            errors.put("organisation", "Indiquez le SIRET ou le RNA de la structure candidate.");
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(call, form, found, errors, model);
    }

    private String form(Call call, ApplicationEntryForm form, OrganisationFound found, Map<String, String> errors,
                        Model model) {
        model.addAttribute("call", CallRow.of(call));
        // a closed call says so before anything is typed, not after the whole form (the form is not offered)
        model.addAttribute("closedCall", intake.notOpenYet(call.year()).orElse(null));
        model.addAttribute("closedSince", intake.closedSince(call.year()).orElse(null));
        model.addAttribute("twoYears", call.definition().twoYearApplications());
        model.addAttribute("themes", call.definition().themes());
        model.addAttribute("form", form);
        model.addAttribute("organisationFound", found);
        model.addAttribute("unknownOrganisation", found == null && !form.organisation().isEmpty());
        model.addAttribute("communes", communes.all().stream().map(c -> new CommuneOption(c.inseeCode(),
                c.name() + " — " + c.territory().name() + " (" + c.territory().code() + ")",
                form.selects(c.inseeCode()))).toList());
        model.addAttribute("errors", errors);
        return "aaa/application-entry";
    }

    private void refuseOthers() {
        if (!Agents.mayEnterApplications(currentActor.current())) {
            throw new AccessDeniedException("Seules les directions instructrices et l'administration enregistrent "
                    + "des candidatures.");
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable");
    }
}
