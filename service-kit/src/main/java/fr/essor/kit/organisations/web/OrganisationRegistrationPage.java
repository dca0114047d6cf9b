package fr.essor.kit.organisations.web;

import fr.essor.kit.organisations.application.OrganisationRegistry;
import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.organisations.domain.OrganisationForm;
import fr.essor.kit.organisations.domain.Violation;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import fr.essor.kit.security.WriteRules;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registering an organisation from a page of any service that keeps the registry, through the same registry as
 * {@code POST /api/organisations}. A form that needs an organisation (funding's application entry, procurement's
 * supplier form, foncier's need form…) links here with {@code identifiant} (the SIRET or RNA typed) and {@code retour}
 * (its own path); the registration goes back there with {@code organisation=<id>}. Without {@code retour} it shows a
 * confirmation on an empty form. EPT accounts read, they do not register; who may register is the service's
 * {@link WriteRules} for {@code POST /structures/nouvelle}, which the filter chain enforces on the form and this page
 * on the blank form too (ADR-0012).
 */
@Controller
public class OrganisationRegistrationPage {

    record Option(String code, String label) {
    }

    private final OrganisationRegistry registry;
    private final Communes communes;
    private final CurrentActor currentActor;
    private final WriteRules writeRules;

    public OrganisationRegistrationPage(OrganisationRegistry registry, Communes communes, CurrentActor currentActor,
                                        WriteRules writeRules) {
        this.registry = registry;
        this.communes = communes;
        this.currentActor = currentActor;
        this.writeRules = writeRules;
    }

    static final String PATH = "/structures/nouvelle";

    @GetMapping(PATH)
    String blank(@RequestParam(defaultValue = "") String identifiant, @RequestParam(defaultValue = "") String retour,
                 Model model) {
        refuseTerritoryAccounts();
        if (!writeRules.allows(currentActor.current(), HttpMethod.POST, PATH)) {
            throw new AccessDeniedException("Votre rôle n'enregistre pas de structure dans ce service.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        String typed = identifiant.strip();
        values.put(typed.toUpperCase().startsWith("W") ? "rna" : "siret", typed);
        return form(values, safe(retour), Map.of(), model);
    }

    @PostMapping(PATH)
    String register(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        refuseTerritoryAccounts();
        String back = safe(params.getOrDefault("retour", ""));
        OrganisationForm form = new OrganisationForm(params.get("siret"), params.get("rna"), params.get("name"),
                params.get("legalForm"), params.containsKey("esus"), params.get("inclusionType"),
                params.get("communeInsee"));
        return switch (registry.register(form, currentActor.current().username())) {
            case OrganisationRegistry.Done done -> {
                redirect.addFlashAttribute("message", "La structure « " + done.organisation().details().name()
                        + " » est enregistrée.");
                yield "redirect:" + (back.isEmpty() ? "/structures/nouvelle"
                        : UriComponentsBuilder.fromUriString(back).queryParam("organisation",
                        done.organisation().id()).build().toUriString());
            }
            case OrganisationRegistry.Rejected rejected -> {
                Map<String, String> errors = new LinkedHashMap<>();
                for (Violation v : rejected.violations()) {
                    errors.putIfAbsent(v.field(), v.message());
                }
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield form(params, back, errors, model);
            }
            case OrganisationRegistry.AlreadyKnown known -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                yield form(params, back, Map.of("siret", "Cette structure est déjà enregistrée sous "
                        + known.existing().id() + " (« " + known.existing().details().name() + " »)."), model);
            }
            case OrganisationRegistry.Unknown unknown -> throw new IllegalStateException("not on a registration");
        };
    }

    private String form(Map<String, String> values, String back, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("retour", back);
        model.addAttribute("errors", errors);
        model.addAttribute("legalForms", Arrays.stream(LegalForm.values())
                .map(f -> new Option(f.name(), f.label())).toList());
        model.addAttribute("inclusionTypes", Arrays.stream(InclusionType.values())
                .map(t -> new Option(t.name(), t.label())).toList());
        List<Option> communeOptions = communes.all().stream().map(c -> new Option(c.inseeCode(),
                c.name() + " — " + c.territory().name() + " (" + c.territory().code() + ")")).toList();
        model.addAttribute("communes", communeOptions);
        return "kit/organisation-new";
    }

    /** Only a path of this service: never a redirect elsewhere. */
    private static String safe(String back) {
        String path = back.strip();
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "";
    }

    private void refuseTerritoryAccounts() {
        if (currentActor.hasAnyRole(Role.EPT) && !currentActor.hasAnyRole(Role.ADMIN)) {
            throw new AccessDeniedException("Les structures sont enregistrées par les directions.");
        }
    }
}
