package fr.essor.funding.aaa.web;

import fr.essor.kit.reference.Communes;

import fr.essor.funding.aaa.application.CallSetup;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.funding.aaa.domain.CallDefinition;
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

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The call setup pages of the DMTA (and the DIEESS, administrators): create an edition, change it until it opens.
 * They go through {@link CallSetup}, as the API does; the grid's rows are added and removed by plain form buttons.
 */
@Controller
class CallSetupPageController {

    private final CallSetup setup;
    private final Calls calls;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Communes communes;

    CallSetupPageController(CallSetup setup, Calls calls, CurrentActor currentActor, Clock clock, Communes communes) {
        this.setup = setup;
        this.calls = calls;
        this.currentActor = currentActor;
        this.clock = clock;
        this.communes = communes;
    }

    @GetMapping("/appel-a-agir/nouveau")
    String blank(Model model) {
        refuseOthers();
        return form(CallForm.blank(), null, Map.of(), model);
    }

    @PostMapping("/appel-a-agir/nouveau")
    String define(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        refuseOthers();
        CallForm form = CallForm.read(params);
        if (params.containsKey("grid")) {
            return form(edited(form, params.get("grid")), null, Map.of(), model);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        CallDefinition definition = form.toDefinition(errors);
        if (!errors.isEmpty()) {
            definition.check().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            return refused(form, null, errors, model, response);
        }
        return switch (setup.define(definition, currentActor.current())) {
            case CallSetup.Done done -> outcome(done.outcome(), form, null, model, response, redirect,
                    "L'Appel à Agir " + definition.year() + " est créé.");
            case CallSetup.AlreadyDefined already -> refused(form, null, Map.of("year", "L'Appel à Agir "
                    + already.year() + " existe déjà : modifiez-le depuis la liste des éditions."), model, response);
            case CallSetup.Unknown unknown -> throw notFound();
            case CallSetup.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
        };
    }

    @GetMapping("/appel-a-agir/{year}/parametrage")
    String edit(@PathVariable int year, Model model) {
        refuseOthers();
        Call call = calls.find(year).orElseThrow(CallSetupPageController::notFound);
        Map<String, String> errors = call.hasOpenedBy(clock.instant())
                ? Map.of("call", "L'appel " + year + " est ouvert : ses règles ne se modifient plus.") : Map.of();
        return form(CallForm.of(call.definition()), call, errors, model);
    }

    @PostMapping("/appel-a-agir/{year}/parametrage")
    String redefine(@PathVariable int year, @RequestParam Map<String, String> params, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        refuseOthers();
        Call call = calls.find(year).orElseThrow(CallSetupPageController::notFound);
        CallForm form = CallForm.read(params);
        if (params.containsKey("grid")) {
            return form(edited(form, params.get("grid")), call, Map.of(), model);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        CallDefinition definition = form.toDefinition(errors);
        if (!errors.isEmpty()) {
            definition.check().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            return refused(form, call, errors, model, response);
        }
        return switch (setup.redefine(year, definition, currentActor.current())) {
            case CallSetup.Done done -> outcome(done.outcome(), form, call, model, response, redirect,
                    "L'Appel à Agir " + year + " est modifié.");
            case CallSetup.AlreadyDefined already -> throw new IllegalStateException("not on a change");
            case CallSetup.Unknown unknown -> throw notFound();
            case CallSetup.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
        };
    }

    private String outcome(Call.Outcome outcome, CallForm form, Call existing, Model model,
                           HttpServletResponse response, RedirectAttributes redirect, String success) {
        return switch (outcome) {
            case Call.Defined defined -> {
                redirect.addFlashAttribute("message", success);
                yield "redirect:/appel-a-agir/" + defined.call().year();
            }
            case Call.Refused refused -> {
                Map<String, String> errors = new LinkedHashMap<>();
                for (Violation v : refused.violations()) {
                    errors.putIfAbsent(v.field(), v.message());
                }
                yield refused(form, existing, errors, model, response);
            }
        };
    }

    /** A grid button: {@code add}, or {@code remove-N} for row N. */
    private static CallForm edited(CallForm form, String button) {
        if (button.startsWith("remove-")) {
            try {
                return form.withRowRemoved(Integer.parseInt(button.substring("remove-".length())));
            } catch (NumberFormatException e) {
                return form;
            }
        }
        return form.withRowAdded();
    }

    private String refused(CallForm form, Call existing, Map<String, String> errors, Model model,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(form, existing, errors, model);
    }

    private String form(CallForm form, Call existing, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing == null ? null : existing.year());
        model.addAttribute("errors", errors);
        model.addAttribute("territories", communes.territories());
        return "aaa/call-setup";
    }

    private void refuseOthers() {
        if (!CallSetup.maySetUp(currentActor.current())) {
            throw new AccessDeniedException("Seules la DMTA, la DIEESS et l'administration paramètrent les appels.");
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable");
    }
}
