package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.application.MatchBoard;
import fr.essor.foncier.premises.application.NeedRegistry;
import fr.essor.foncier.premises.application.PremisesFilter;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.domain.PremisesNeed;
import fr.essor.kit.organisations.web.OrganisationChoice;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The cell's pages for premises needs: the filtered list, a need with its best offers, and the forms. */
@Controller
class NeedPageController {

    static final int LIST_LIMIT = 500;
    private static final int BOARD_SIZE = 10;

    private final NeedRegistry registry;
    private final PremisesNeeds needs;
    private final MatchBoard board;
    private final PremisesWriters writers;
    private final PremisesChoices choices;
    private final OrganisationChoice organisationChoice;

    NeedPageController(NeedRegistry registry, PremisesNeeds needs, MatchBoard board, PremisesWriters writers,
                       PremisesChoices choices, OrganisationChoice organisationChoice) {
        this.organisationChoice = organisationChoice;
        this.registry = registry;
        this.needs = needs;
        this.board = board;
        this.writers = writers;
        this.choices = choices;
    }

    @GetMapping("/besoins")
    String list(@RequestParam(required = false) String territory, @RequestParam(required = false) String status,
                Model model) {
        PremisesVisibility visibility = visibility();
        PremisesFilter filter = PremisesPages.needFilter(choices, territory, status, visibility);
        List<NeedRow> rows = needs.search(filter, LIST_LIMIT).stream().map(n -> NeedRow.of(n, visibility.internal()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() == LIST_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("query", PremisesPages.query(filter));
        model.addAttribute("fixedTerritory", visibility.internal() ? null : choices.territoryLabel(visibility.territory()));
        model.addAttribute("territories", choices.territories());
        model.addAttribute("statuses", choices.needStatuses());
        model.addAttribute("mayWrite", writers.canWrite());
        return "premises/needs";
    }

    /**
     * The empty form; {@code organisationId} prefills it (from a growth suggestion), and so does {@code organisation}
     * (back from the shared registration page, which also gives back every field typed before the detour).
     */
    @GetMapping("/besoins/nouveau")
    String creation(@RequestParam MultiValueMap<String, String> params, Model model) {
        writers.writer();
        String organisation = params.getFirst("organisation");
        NeedFields typed = NeedFields.kept(params);
        return form(null, typed.forOrganisation(organisation != null ? organisation : params.getFirst("organisationId")),
                Map.of(), model);
    }

    @PostMapping("/besoins")
    String register(@ModelAttribute("form") NeedFields fields, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        String agent = writers.writer().username();
        // the structure as typed: a SIRET with spaces, an RNA, a part of its name
        OrganisationChoice.Chosen chosen = organisationChoice.choose(fields.organisationId());
        return switch (registry.register(fields.withOrganisationId(chosen.identifier()).toForm(false), agent)) {
            case NeedRegistry.Done done -> {
                redirect.addFlashAttribute("message", "Le besoin " + done.need().id() + " est enregistré.");
                yield "redirect:/besoins/" + done.need().id();
            }
            case NeedRegistry.Rejected rejected -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                Map<String, String> errors = FieldErrors.of(rejected.violations());
                chosen.ambiguity().ifPresent(several -> errors.put("organisationId", several));
                yield form(null, fields, errors, model);
            }
            case NeedRegistry.Unknown unknown -> throw new IllegalStateException("unreachable");
        };
    }

    @GetMapping("/besoins/{id}")
    String show(@PathVariable String id, Model model) {
        PremisesVisibility visibility = visibility();
        PremisesNeed need = visible(id, visibility);
        AtomicInteger rank = new AtomicInteger();
        List<MatchRow> matches = board.forNeed(id, visibility.internal() ? BOARD_SIZE : 100).orElseThrow(
                        PremisesPages::notFound).stream()
                .filter(m -> visibility.sees(m.offer())).limit(BOARD_SIZE)
                .map(m -> MatchRow.of(rank.incrementAndGet(), m)).toList();
        model.addAttribute("need", NeedRow.of(need, visibility.internal()));
        model.addAttribute("matches", matches);
        model.addAttribute("mayWrite", writers.canWrite());
        return "premises/need";
    }

    @GetMapping("/besoins/{id}/modifier")
    String edition(@PathVariable String id, Model model) {
        writers.writer();
        PremisesNeed need = needs.find(id).orElseThrow(PremisesPages::notFound);
        return form(need, NeedFields.of(need), Map.of(), model);
    }

    @PostMapping("/besoins/{id}")
    String change(@PathVariable String id, @ModelAttribute("form") NeedFields fields, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String agent = writers.writer().username();
        return switch (registry.change(id, fields.toForm(true), fields.status(), agent)) {
            case NeedRegistry.Done done -> {
                redirect.addFlashAttribute("message", "Le besoin " + id + " est mis à jour.");
                yield "redirect:/besoins/" + id;
            }
            case NeedRegistry.Rejected rejected -> refused(needs.find(id).orElseThrow(PremisesPages::notFound), fields,
                    rejected, model, response);
            case NeedRegistry.Unknown unknown -> throw PremisesPages.notFound();
        };
    }

    private String refused(PremisesNeed need, NeedFields fields, NeedRegistry.Rejected rejected, Model model,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(need, fields, FieldErrors.of(rejected.violations()), model);
    }

    private String form(PremisesNeed need, NeedFields fields, Map<String, String> errors, Model model) {
        model.addAttribute("need", need == null ? null : NeedRow.of(need, true));
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("usages", choices.usages());
        model.addAttribute("tenures", choices.needTenures());
        model.addAttribute("statuses", choices.needStatuses());
        model.addAttribute("places", choices.communesByTerritory());
        return "premises/need-form";
    }

    private PremisesNeed visible(String id, PremisesVisibility visibility) {
        return needs.find(id).filter(visibility::sees).orElseThrow(PremisesPages::notFound);
    }

    private PremisesVisibility visibility() {
        return new PremisesVisibility(writers.readableTerritory());
    }
}
