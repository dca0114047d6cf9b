package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.application.MatchBoard;
import fr.essor.foncier.premises.application.OfferRegistry;
import fr.essor.foncier.premises.application.PremisesFilter;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.domain.PremisesOffer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The cell's pages for premises offers: the filtered list, an offer with the needs it best answers, the forms. */
@Controller
class OfferPageController {

    static final int LIST_LIMIT = 500;
    private static final int BOARD_SIZE = 10;

    private final OfferRegistry registry;
    private final PremisesOffers offers;
    private final MatchBoard board;
    private final PremisesWriters writers;
    private final PremisesChoices choices;

    OfferPageController(OfferRegistry registry, PremisesOffers offers, MatchBoard board, PremisesWriters writers,
                        PremisesChoices choices) {
        this.registry = registry;
        this.offers = offers;
        this.board = board;
        this.writers = writers;
        this.choices = choices;
    }

    @GetMapping("/offres")
    String list(@RequestParam(required = false) String territory, @RequestParam(required = false) String status,
                Model model) {
        PremisesVisibility visibility = visibility();
        PremisesFilter filter = PremisesPages.offerFilter(choices, territory, status, visibility);
        List<OfferRow> rows = offers.search(filter, LIST_LIMIT).stream()
                .map(o -> OfferRow.of(o, visibility.internal())).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("truncated", rows.size() == LIST_LIMIT);
        model.addAttribute("filter", filter);
        model.addAttribute("query", PremisesPages.query(filter));
        model.addAttribute("fixedTerritory", visibility.internal() ? null : choices.territoryLabel(visibility.territory()));
        model.addAttribute("territories", choices.territories());
        model.addAttribute("statuses", choices.offerStatuses());
        model.addAttribute("mayWrite", writers.canWrite());
        return "premises/offers";
    }

    @GetMapping("/offres/nouvelle")
    String creation(Model model) {
        writers.writer();
        return form(null, OfferFields.blank(), Map.of(), model);
    }

    @PostMapping("/offres")
    String publish(@ModelAttribute("form") OfferFields fields, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        String agent = writers.writer().username();
        return switch (registry.publish(fields.toForm(), agent)) {
            case OfferRegistry.Done done -> {
                redirect.addFlashAttribute("message", "L’offre " + done.offer().id() + " est publiée.");
                yield "redirect:/offres/" + done.offer().id();
            }
            case OfferRegistry.Rejected rejected -> refused(null, fields, rejected, model, response);
            case OfferRegistry.Unknown unknown -> throw new IllegalStateException("unreachable");
        };
    }

    @GetMapping("/offres/{id}")
    String show(@PathVariable String id, Model model) {
        PremisesVisibility visibility = visibility();
        PremisesOffer offer = offers.find(id).filter(visibility::sees).orElseThrow(PremisesPages::notFound);
        AtomicInteger rank = new AtomicInteger();
        List<MatchRow> matches = board.forOffer(id, visibility.internal() ? BOARD_SIZE : 100)
                .orElseThrow(PremisesPages::notFound).stream()
                .filter(m -> visibility.sees(m.need())).limit(BOARD_SIZE)
                .map(m -> MatchRow.of(rank.incrementAndGet(), m)).toList();
        model.addAttribute("offer", OfferRow.of(offer, visibility.internal()));
        model.addAttribute("matches", matches);
        model.addAttribute("mayWrite", writers.canWrite());
        return "premises/offer";
    }

    @GetMapping("/offres/{id}/modifier")
    String edition(@PathVariable String id, Model model) {
        writers.writer();
        PremisesOffer offer = offers.find(id).orElseThrow(PremisesPages::notFound);
        return form(offer, OfferFields.of(offer), Map.of(), model);
    }

    @PostMapping("/offres/{id}")
    String change(@PathVariable String id, @ModelAttribute("form") OfferFields fields, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String agent = writers.writer().username();
        return switch (registry.change(id, fields.toForm(), fields.status(), agent)) {
            case OfferRegistry.Done done -> {
                redirect.addFlashAttribute("message", "L’offre " + id + " est mise à jour.");
                yield "redirect:/offres/" + id;
            }
            case OfferRegistry.Rejected rejected -> refused(offers.find(id).orElseThrow(PremisesPages::notFound),
                    fields, rejected, model, response);
            case OfferRegistry.Unknown unknown -> throw PremisesPages.notFound();
        };
    }

    private String refused(PremisesOffer offer, OfferFields fields, OfferRegistry.Rejected rejected, Model model,
                           HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(offer, fields, FieldErrors.of(rejected.violations()), model);
    }

    private String form(PremisesOffer offer, OfferFields fields, Map<String, String> errors, Model model) {
        model.addAttribute("offer", offer == null ? null : OfferRow.of(offer, true));
        model.addAttribute("form", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("usages", choices.usages());
        model.addAttribute("tenures", choices.offerTenures());
        model.addAttribute("ownerTypes", choices.ownerTypes());
        model.addAttribute("erpCategories", choices.erpCategories());
        model.addAttribute("statuses", choices.offerStatuses());
        model.addAttribute("places", choices.communesByTerritory());
        return "premises/offer-form";
    }

    private PremisesVisibility visibility() {
        return new PremisesVisibility(writers.readableTerritory());
    }
}
