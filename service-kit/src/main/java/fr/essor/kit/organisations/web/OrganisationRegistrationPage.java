package fr.essor.kit.organisations.web;

import fr.essor.kit.organisations.application.CompanyRegistry;
import fr.essor.kit.organisations.application.OrganisationRegistry;
import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.organisations.domain.OrganisationForm;
import fr.essor.kit.organisations.domain.OrganisationQuery;
import fr.essor.kit.organisations.domain.Siret;
import fr.essor.kit.domain.Violation;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Registering an organisation from a page of any service that keeps the registry, through the same registry as
 * {@code POST /api/organisations}. A form that needs an organisation (funding's application entry, procurement's
 * supplier form, foncier's need form…) links here with {@code identifiant} (the SIRET or RNA typed) and {@code retour}
 * (its own path); the registration goes back there with {@code organisation=<id>}. Without {@code retour} it shows a
 * confirmation on an empty form. EPT accounts read, they do not register; who may register is the service's
 * {@link WriteRules} for {@code POST /structures/nouvelle}, which the filter chain enforces on the form and this page
 * on the blank form too (ADR-0012).
 * <p>
 * « Remplir depuis le répertoire national » ({@code lookup}) fills the name, legal form and commune from the national
 * company registry ({@link CompanyRegistry}), keeps everything else typed and registers nothing; it is the form's first
 * button, so Enter in a field looks up rather than registers.
 */
@Controller
public class OrganisationRegistrationPage {

    record Option(String code, String label) {
    }

    /** A field typed on the service's form, carried through this page as a hidden field. */
    record KeptField(String name, String value) {
    }

    private final OrganisationRegistry registry;
    private final Communes communes;
    private final CurrentActor currentActor;
    private final WriteRules writeRules;
    private final CompanyRegistry companyRegistry;

    public OrganisationRegistrationPage(OrganisationRegistry registry, Communes communes, CurrentActor currentActor,
                                        WriteRules writeRules, CompanyRegistry companyRegistry) {
        this.registry = registry;
        this.communes = communes;
        this.currentActor = currentActor;
        this.writeRules = writeRules;
        this.companyRegistry = companyRegistry;
    }

    static final String PATH = "/structures/nouvelle";
    /** Sent by a form's « register it » button, naming the field where the SIRET or RNA was typed. */
    static final String DETOUR = "detour";
    /** Sent by the « Remplir depuis le répertoire national » button: a lookup, never a registration. */
    static final String LOOKUP = "lookup";
    private static final String KEPT = "kept.";
    private static final Set<String> NOT_KEPT = Set.of("_csrf", DETOUR, "retour");
    private static final List<String> FIELDS = List.of("siret", "rna", "name", "legalForm", "esus", "inclusionType",
            "communeInsee");

    @GetMapping(PATH)
    String blank(@RequestParam(defaultValue = "") String identifiant, @RequestParam(defaultValue = "") String retour,
                 Model model) {
        mayRegister();
        return form(valuesFor(identifiant), safe(retour), new LinkedMultiValueMap<>(), Map.of(), model);
    }

    @PostMapping(PATH)
    String register(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        refuseTerritoryAccounts();
        String back = safe(params.getFirst("retour") == null ? "" : params.getFirst("retour"));
        if (params.containsKey(LOOKUP)) {
            mayRegister();
            return lookedUp(params, back, model);
        }
        if (params.containsKey(DETOUR)) {
            // a form of the service sent everything typed so far: kept here, given back on the way out
            mayRegister();
            String field = params.getFirst(DETOUR);
            String typed = field == null || params.getFirst(field) == null ? "" : params.getFirst(field);
            return form(valuesFor(typed), back, typedElsewhere(params), Map.of(), model);
        }
        MultiValueMap<String, String> kept = keptFrom(params);
        Map<String, String> values = params.toSingleValueMap();
        // numbers as people copy them: « 732 829 320 00074 », « w931234567 »
        values.computeIfPresent("siret", (name, siret) -> OrganisationQuery.compact(siret));
        values.computeIfPresent("rna", (name, rna) -> OrganisationQuery.compact(rna).toUpperCase(Locale.ROOT));
        OrganisationForm form = new OrganisationForm(values.get("siret"), values.get("rna"), values.get("name"),
                values.get("legalForm"), values.containsKey("esus"), values.get("inclusionType"),
                values.get("communeInsee"));
        return switch (registry.register(form, currentActor.current().username())) {
            case OrganisationRegistry.Done done -> {
                kept.remove("organisation"); // the form's own field of that name gets the new organisation
                redirect.addFlashAttribute("message", "La structure « " + done.organisation().details().name()
                        + " » est enregistrée.");
                yield "redirect:" + (back.isEmpty() ? "/structures/nouvelle"
                        : UriComponentsBuilder.fromUriString(back).queryParams(kept).queryParam("organisation",
                        done.organisation().id()).build().encode().toUriString());
            }
            case OrganisationRegistry.Rejected rejected -> {
                Map<String, String> errors = new LinkedHashMap<>();
                for (Violation v : rejected.violations()) {
                    errors.putIfAbsent(v.field(), v.message());
                }
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield form(values, back, kept, errors, model);
            }
            case OrganisationRegistry.AlreadyKnown known -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                yield form(values, back, kept, Map.of("siret", "Cette structure est déjà enregistrée sous "
                        + known.existing().id() + " (« " + known.existing().details().name() + " »)."), model);
            }
            case OrganisationRegistry.Unknown unknown -> throw new IllegalStateException("not on a registration");
        };
    }

    /**
     * The form again with what the national registry says about the SIRET typed: name, legal form and commune filled
     * (the rest as typed), and where they come from; or why nothing was filled. Nothing is registered.
     */
    private String lookedUp(MultiValueMap<String, String> params, String back, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = params.getFirst(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        String siret = OrganisationQuery.compact(values.getOrDefault("siret", ""));
        values.put("siret", siret);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        if (siret.isEmpty()) {
            errors.put("siret", "Indiquez le SIRET (14 chiffres) à chercher dans le répertoire national.");
        } else if (!Siret.hasFormat(siret)) {
            errors.put("siret", "Le numéro SIRET doit comporter 14 chiffres.");
        } else if (!Siret.isValid(siret)) {
            errors.put("siret", "Ce numéro SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez la saisie.");
        } else {
            switch (companyRegistry.lookup(siret)) {
                case CompanyRegistry.Found found -> notes.addAll(fill(found.facts(), values));
                case CompanyRegistry.NotFound notFound -> notes.add("Le répertoire national des entreprises ne "
                        + "connaît pas le SIRET " + siret + " : vérifiez le numéro, ou saisissez les champs vous-même.");
                case CompanyRegistry.Unreachable unreachable -> notes.add("Le répertoire national des entreprises est "
                        + "indisponible pour le moment (pas de réponse) : saisissez les champs vous-même.");
                case CompanyRegistry.Off off -> notes.add("Le répertoire national des entreprises est indisponible "
                        + "dans cette installation, qui fonctionne hors ligne : saisissez les champs vous-même.");
            }
        }
        model.addAttribute("registryNotes", notes);
        model.addAttribute("summaryIntro", "Rien n’a été cherché : corrigez ce qui est signalé.");
        return form(values, back, keptFrom(params), errors, model);
    }

    /** Fills what the registry tells; says where it comes from and what the agent still has to check. */
    private List<String> fill(CompanyRegistry.CompanyFacts facts, Map<String, String> values) {
        List<String> notes = new ArrayList<>();
        List<String> filled = new ArrayList<>();
        if (facts.name() != null) {
            values.put("name", facts.name());
            filled.add("le nom");
        }
        facts.legalForm().ifPresent(form -> {
            values.put("legalForm", form.name());
            filled.add("la forme juridique");
        });
        var commune = communes.find(facts.communeInsee());
        if (commune.isPresent()) {
            values.put("communeInsee", commune.get().inseeCode());
            filled.add("la commune");
        }
        notes.add("Rempli depuis le répertoire national des entreprises (API Recherche d'entreprises) : "
                + String.join(", ", filled) + ". Vérifiez avant d'enregistrer ; les autres champs restent tels que "
                + "vous les avez saisis.");
        if (!facts.active()) {
            notes.add("Attention : selon le répertoire national, cet établissement est fermé.");
        }
        if (facts.legalForm().isEmpty()) {
            notes.add("Le répertoire ne permet pas de déduire la forme juridique (catégorie "
                    + (facts.natureJuridique() == null ? "inconnue" : facts.natureJuridique())
                    + ") : choisissez-la.");
        }
        if (commune.isEmpty()) {
            notes.add("L'établissement n'est pas situé en Seine-Saint-Denis selon le répertoire : choisissez la "
                    + "commune du siège.");
        }
        if (Boolean.TRUE.equals(facts.ess())) {
            notes.add("Le répertoire compte la structure dans l'économie sociale et solidaire ; l'agrément ESUS n'y "
                    + "figure pas : cochez-le si la structure le détient.");
        }
        if (Boolean.TRUE.equals(facts.siae())) {
            notes.add("Le répertoire la signale comme structure d'insertion par l'activité économique : précisez "
                    + "son type.");
        }
        return notes;
    }

    /**
     * What was typed on the form of the service, as it posted it here, without what only the detour needs (the
     * CSRF token, the detour's own fields).
     */
    private static MultiValueMap<String, String> typedElsewhere(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> {
            if (!NOT_KEPT.contains(name)) {
                typed.put(name, values);
            }
        });
        return typed;
    }

    /** The fields kept for the form of the service, carried by this page as {@code kept.<name>}. */
    private static MultiValueMap<String, String> keptFrom(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> {
            if (name.startsWith(KEPT)) {
                kept.put(name.substring(KEPT.length()), values);
            }
        });
        return kept;
    }

    /** A SIRET or an RNA goes to its field; anything else typed where a number was expected is taken for a name. */
    private static Map<String, String> valuesFor(String typed) {
        Map<String, String> values = new LinkedHashMap<>();
        String identifier = typed.strip();
        String compact = OrganisationQuery.compact(identifier);
        if (compact.matches("\\d+")) {
            values.put("siret", compact);
        } else if (compact.matches("(?i)W\\d+")) {
            values.put("rna", compact.toUpperCase());
        } else if (!identifier.isEmpty()) {
            values.put("name", identifier);
        }
        return values;
    }

    private void mayRegister() {
        refuseTerritoryAccounts();
        if (!writeRules.allows(currentActor.current(), HttpMethod.POST, PATH)) {
            throw new AccessDeniedException("Votre rôle n'enregistre pas de structure dans ce service.");
        }
    }

    private String form(Map<String, String> values, String back, MultiValueMap<String, String> kept,
                        Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("retour", back);
        model.addAttribute("kept", kept.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(v -> new KeptField(KEPT + e.getKey(), v))).toList());
        model.addAttribute("retourAvecSaisie", back.isEmpty() || kept.isEmpty() ? back
                : UriComponentsBuilder.fromUriString(back).queryParams(kept).build().encode().toUriString());
        model.addAttribute("errors", errors);
        model.addAttribute("registryEnabled", companyRegistry.enabled());
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
