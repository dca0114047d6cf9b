package fr.essor.procurement.suppliers.web;

import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.organisations.domain.OrganisationDetails;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.suppliers.application.SupplierDirectory;
import fr.essor.procurement.reference.CpvDivisions;
import fr.essor.procurement.suppliers.domain.SupplierDetails;
import fr.essor.procurement.suppliers.domain.SupplierProfileForm;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pages where a buyer or a facilitator describes a supplier: an organisation of the registry, chosen by its
 * SIRET, with its sectors, territories and capacity; the same rules as the API, through
 * {@link SupplierDirectory#describe}.
 */
@Controller
class SupplierFormPageController {

    private static final int REGISTRY_LIMIT = 1000;

    private final SupplierDirectory directory;
    private final Organisations organisations;
    private final Communes communes;
    private final CurrentActor actor;

    SupplierFormPageController(SupplierDirectory directory, Organisations organisations, Communes communes,
                               CurrentActor actor) {
        this.directory = directory;
        this.organisations = organisations;
        this.communes = communes;
        this.actor = actor;
    }

    /** The form as typed, kept as text so that a wrong value is shown back as it was typed. */
    record ProfileFields(String siret, List<String> sectors, List<String> territories, String workforce,
                         String maxContractAmount, String description) {
        static ProfileFields empty() {
            return new ProfileFields("", List.of(), List.of(), "", "", "");
        }

        static ProfileFields of(String siret, SupplierDetails d) {
            return new ProfileFields(siret, d.sectors(), d.territories(),
                    d.workforce() == null ? "" : d.workforce().toString(),
                    d.maxContractAmount() == null ? "" : FrenchFormat.number(d.maxContractAmount(), "#,##0.00"),
                    d.description() == null ? "" : d.description());
        }
    }

    /** A registered organisation as the SIRET list shows it: name, SIRET, kind of inclusive employer. */
    record RegistryOption(String siret, String label) {
    }

    /** {@code organisation}: the SIRET just registered from the shared registration page, chosen in the list. */
    @GetMapping("/fournisseurs/nouveau")
    String create(@RequestParam(defaultValue = "") String organisation, Model model) {
        requireEditor();
        ProfileFields empty = ProfileFields.empty();
        return page(null, new ProfileFields(organisation.strip(), empty.sectors(), empty.territories(),
                empty.workforce(), empty.maxContractAmount(), empty.description()), Map.of(), model);
    }

    @PostMapping("/fournisseurs")
    String describeNew(@RequestParam(defaultValue = "") String siret,
                       @RequestParam(required = false) List<String> sectors,
                       @RequestParam(required = false) List<String> territories,
                       @RequestParam(defaultValue = "") String workforce,
                       @RequestParam(defaultValue = "") String maxContractAmount,
                       @RequestParam(defaultValue = "") String description, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        requireEditor();
        ProfileFields fields = new ProfileFields(siret.trim(), orEmpty(sectors), orEmpty(territories), workforce,
                maxContractAmount, description);
        Map<String, String> errors = new LinkedHashMap<>();
        if (fields.siret().isEmpty()) {
            errors.put("siret", "Choisissez la structure dans le registre.");
        } else if (directory.find(fields.siret()).isPresent()) {
            errors.put("siret", "Cette structure est déjà dans l'annuaire : modifiez sa fiche depuis sa page.");
        }
        return describe(null, fields, errors, model, redirect, response);
    }

    @GetMapping("/fournisseurs/{siret}/modifier")
    String edit(@PathVariable String siret, Model model) {
        requireEditor();
        ProfileFields fields = directory.find(siret).map(s -> ProfileFields.of(siret, s.profile().details()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Fournisseur inconnu"));
        return page(siret, fields, Map.of(), model);
    }

    @PostMapping("/fournisseurs/{siret}")
    String describeAgain(@PathVariable String siret, @RequestParam(required = false) List<String> sectors,
                         @RequestParam(required = false) List<String> territories,
                         @RequestParam(defaultValue = "") String workforce,
                         @RequestParam(defaultValue = "") String maxContractAmount,
                         @RequestParam(defaultValue = "") String description, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        requireEditor();
        if (directory.find(siret).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Fournisseur inconnu");
        }
        ProfileFields fields = new ProfileFields(siret, orEmpty(sectors), orEmpty(territories), workforce,
                maxContractAmount, description);
        return describe(siret, fields, new LinkedHashMap<>(), model, redirect, response);
    }

    private String describe(String editedSiret, ProfileFields fields, Map<String, String> errors, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        Integer workforceValue = null;
        if (!fields.workforce().isBlank()) {
            try {
                workforceValue = Integer.valueOf(fields.workforce().trim().replace(" ", ""));
            } catch (NumberFormatException e) {
                errors.put("workforce", "L'effectif est un nombre entier de personnes, par exemple 35.");
            }
        }
        BigDecimal capacity = null;
        if (!fields.maxContractAmount().isBlank()) {
            try {
                capacity = FrenchFormat.parseAmount(fields.maxContractAmount());
            } catch (NumberFormatException e) {
                errors.put("maxContractAmount", "Le montant s'écrit en euros, par exemple 250000 ou 12 345,67.");
            }
        }
        SupplierProfileForm form = new SupplierProfileForm(fields.sectors(), fields.territories(), workforceValue,
                capacity, fields.description());
        if (!errors.isEmpty()) {
            // the other fields' mistakes are shown at once too; nothing is written
            if (form.check(territoryCodes()) instanceof SupplierProfileForm.Invalid invalid) {
                invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            }
        } else {
            switch (directory.describe(fields.siret(), form, actor.current().username())) {
                case SupplierDirectory.Done done -> {
                    redirect.addFlashAttribute("success", "La fiche de " + done.supplier().name()
                            + " est enregistrée.");
                    return "redirect:/fournisseurs/" + fields.siret();
                }
                case SupplierDirectory.Rejected rejected -> rejected.violations().forEach(v ->
                        errors.merge(v.field(), v.message(), (a, b) -> a + " " + b));
                case SupplierDirectory.NotRegistered notRegistered -> errors.put("siret",
                        "Aucune structure du registre n'a ce SIRET : enregistrez-la d'abord dans le registre.");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(editedSiret, fields, errors, model);
    }

    private String page(String editedSiret, ProfileFields fields, Map<String, String> errors, Model model) {
        model.addAttribute("editing", editedSiret != null);
        model.addAttribute("editedName", editedSiret == null ? null : organisations.findByIdentifier(editedSiret)
                .map(o -> o.details().name()).orElse(editedSiret));
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("registry", editedSiret != null ? List.of() : registry());
        model.addAttribute("sectors", CpvDivisions.all());
        model.addAttribute("territories", communes.territories());
        return "suppliers/form";
    }

    /** The registered organisations with a SIRET that are not yet in the directory. */
    private List<RegistryOption> registry() {
        return organisations.list(REGISTRY_LIMIT).stream()
                .map(o -> o.details())
                .filter(d -> d.siret() != null && directory.find(d.siret().value()).isEmpty())
                .sorted(Comparator.comparing(OrganisationDetails::name, String.CASE_INSENSITIVE_ORDER))
                .map(d -> new RegistryOption(d.siret().value(), d.name() + " — SIRET " + d.siret().value() + " — "
                        + kind(d)))
                .toList();
    }

    private static String kind(OrganisationDetails d) {
        String kind = d.inclusionType() != null ? d.inclusionType().label() : d.legalForm().label();
        return d.esus() ? kind + " (ESUS)" : kind;
    }

    private Set<String> territoryCodes() {
        return communes.territories().stream().map(Territory::code).collect(Collectors.toSet());
    }

    private void requireEditor() {
        if (!actor.hasAnyRole(SupplierApiController.EDITORS)) {
            throw new AccessDeniedException("Seuls les acheteurs et les facilitateurs décrivent les fournisseurs.");
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
