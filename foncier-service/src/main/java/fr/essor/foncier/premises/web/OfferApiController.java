package fr.essor.foncier.premises.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.foncier.premises.application.MatchBoard;
import fr.essor.foncier.premises.application.OfferRegistry;
import fr.essor.foncier.premises.application.PremisesFilter;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.application.EptOfferView;
import fr.essor.foncier.premises.domain.PremisesOffer;
import org.springframework.security.access.AccessDeniedException;
import fr.essor.foncier.premises.web.PremisesViews.MatchView;
import fr.essor.foncier.premises.web.PremisesViews.OfferView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

import static fr.essor.foncier.premises.web.NeedApiController.blankToNull;

/** Premises offered by owners: publish, change, read, and the needs they best answer. */
@RestController
@RequestMapping(path = "/api/premises/offers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Offres de locaux", description = "Les locaux proposés par les bailleurs, EPT, communes, le Département")
class OfferApiController {

    private final OfferRegistry registry;
    private final PremisesOffers offers;
    private final MatchBoard board;
    private final PremisesWriters writers;

    OfferApiController(OfferRegistry registry, PremisesOffers offers, MatchBoard board, PremisesWriters writers) {
        this.registry = registry;
        this.offers = offers;
        this.board = board;
        this.writers = writers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "publishOffer", summary = "Publier une offre de locaux", description = "Publie premises-offer-published.v1")
    @Created("L'adresse de l'offre de locaux publiée.")
    ResponseEntity<OfferView> publish(@RequestBody OfferRequest request) {
        String agent = writers.writer().username();
        return switch (registry.publish(request.toForm(), agent)) {
            case OfferRegistry.Done done -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
                    .path("/{id}").buildAndExpand(done.offer().id()).toUri()).body(OfferView.of(done.offer()));
            case OfferRegistry.Rejected rejected -> throw PremisesProblems.invalid(rejected.violations());
            case OfferRegistry.Unknown unknown -> throw new IllegalStateException("unreachable");
        };
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeOffer", summary = "Modifier une offre (description et statut)")
    OfferView change(@PathVariable String id, @RequestBody OfferRequest request) {
        String agent = writers.writer().username();
        return switch (registry.change(id, request.toForm(), request.status(), agent)) {
            case OfferRegistry.Done done -> OfferView.of(done.offer());
            case OfferRegistry.Rejected rejected -> throw PremisesProblems.invalid(rejected.violations());
            case OfferRegistry.Unknown unknown -> throw PremisesProblems.noOffer(id);
        };
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getOffer", summary = "Lire une offre (un compte EPT : seulement sur son territoire, sans propriétaire ni notes)")
    Object read(@PathVariable String id) {
        PremisesVisibility visibility = visibility();
        PremisesOffer offer = offers.find(id).orElseThrow(() -> PremisesProblems.noOffer(id));
        return visibility.internal() ? OfferView.of(offer) : EptOfferView.of(readable(offer, visibility));
    }

    @GetMapping
    @Operation(operationId = "searchOffers", summary = "Lister les offres, filtrées par EPT et statut (un compte EPT ne voit que le sien)")
    List<?> search(@RequestParam(required = false) String territory,
                   @RequestParam(required = false) String status,
                   @RequestParam(defaultValue = "200") int limit) {
        PremisesVisibility visibility = visibility();
        PremisesFilter filter = new PremisesFilter(blankToNull(territory), blankToNull(status))
                .within(visibility.territory());
        List<PremisesOffer> found = offers.search(filter, Math.clamp(limit, 1, 1000));
        return visibility.internal() ? found.stream().map(OfferView::of).toList()
                : found.stream().map(EptOfferView::of).toList();
    }

    @GetMapping("/{id}/matches")
    @Operation(operationId = "offerMatches", summary = "Les besoins auxquels cette offre répond le mieux, avec leur score et leurs raisons")
    List<MatchView> matches(@PathVariable String id, @RequestParam(defaultValue = "10") int limit) {
        PremisesVisibility visibility = visibility();
        offers.find(id).ifPresent(offer -> readable(offer, visibility));
        return board.forOffer(id, Math.clamp(limit, 1, 100)).orElseThrow(() -> PremisesProblems.noOffer(id))
                .stream().filter(m -> visibility.sees(m.need())).map(m -> MatchView.of(m, id)).toList();
    }

    private PremisesVisibility visibility() {
        return new PremisesVisibility(writers.readableTerritory());
    }

    /** An EPT account reading an offer outside its territory is refused (403). */
    private static PremisesOffer readable(PremisesOffer offer, PremisesVisibility visibility) {
        if (!visibility.sees(offer)) {
            throw new AccessDeniedException("Cette offre n'est pas sur votre territoire.");
        }
        return offer;
    }
}
