package fr.essor.foncier.ept.web;

import fr.essor.foncier.premises.application.EptOfferView;
import fr.essor.foncier.premises.application.EptNeedView;
import fr.essor.foncier.ept.application.TerritoryFeed;
import fr.essor.kit.ept.EptFeedDocs;
import fr.essor.kit.ept.EptFeeds;
import fr.essor.kit.ept.FeedCursor;
import fr.essor.kit.ept.FeedPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feeds of an EPT's systems in foncier, on the convention of {@link EptFeeds}: the premises needs and offers of
 * its own territory, and their changes merged.
 */
@RestController
@RequestMapping(path = "/api/ept/{territory}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = EptFeedDocs.TAG, description = "Ce que les systèmes d'un EPT lisent de leur territoire, page par page")
class EptApiController {

    private final TerritoryFeed feed;
    private final EptFeeds feeds;

    EptApiController(TerritoryFeed feed, EptFeeds feeds) {
        this.feed = feed;
        this.feeds = feeds;
    }

    @GetMapping("/offers")
    @Operation(operationId = "eptPremisesOffers", summary = "Les offres de locaux situées sur le territoire de l'EPT",
            description = "Chaque offre dans son dernier état (sans le nom du propriétaire ni les notes de la "
                    + "cellule), dans l'ordre de son dernier changement." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptOfferView> offers(@Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
                                  @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
                                  @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, feed::offers,
                offer -> new FeedCursor(offer.updatedAt(), offer.id()), EptOfferView::of);
    }

    @GetMapping("/needs")
    @Operation(operationId = "eptPremisesNeeds", summary = "Les besoins de locaux qui concernent le territoire de l'EPT",
            description = "Les besoins qui veulent une commune du territoire, le territoire, ou tout le département, "
                    + "chacun dans son dernier état (sans les notes de la cellule), dans l'ordre de son dernier "
                    + "changement." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptNeedView> needs(@Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
                                @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
                                @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, feed::needs,
                need -> new FeedCursor(need.updatedAt(), need.id()), EptNeedView::of);
    }

    @GetMapping("/changes")
    @Operation(operationId = "eptPremisesChanges",
            summary = "Les changements des offres et besoins de locaux du territoire, en un seul flux",
            description = "Chaque élément dit son genre (NEED, OFFER), s'il est nouveau (REGISTERED, PUBLISHED) ou "
                    + "changé (CHANGED), et l'offre ou le besoin dans son dernier état : deux changements entre deux "
                    + "lectures se lisent en un." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptFeedViews.ChangeView> changes(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, feed::changes, TerritoryFeed.Change::cursor,
                EptFeedViews.ChangeView::of);
    }
}
