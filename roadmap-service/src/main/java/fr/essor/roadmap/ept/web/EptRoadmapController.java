package fr.essor.roadmap.ept.web;

import fr.essor.kit.ept.EptFeedDocs;
import fr.essor.kit.ept.EptFeeds;
import fr.essor.kit.ept.FeedCursor;
import fr.essor.kit.ept.FeedPage;
import fr.essor.roadmap.directory.application.Directory;
import fr.essor.roadmap.ept.application.TerritoryIndicatorValues;
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
 * The feeds of an EPT's systems in roadmap, on the convention of {@link EptFeeds}: the organisations of its territory
 * in the 360° directory and the roadmap's indicators broken down for it.
 */
@RestController
@RequestMapping(path = "/api/ept/{territory}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = EptFeedDocs.TAG, description = "Ce que les systèmes d'un EPT lisent de leur territoire, page par page")
class EptRoadmapController {

    private final Directory directory;
    private final TerritoryIndicatorValues indicatorValues;
    private final EptFeeds feeds;

    EptRoadmapController(Directory directory, TerritoryIndicatorValues indicatorValues, EptFeeds feeds) {
        this.directory = directory;
        this.indicatorValues = indicatorValues;
        this.feeds = feeds;
    }

    @GetMapping("/organisations")
    @Operation(operationId = "eptDirectoryOrganisations", summary = "Les structures de l'ESS du territoire de l'EPT "
            + "dans l'annuaire 360°",
            description = "Chaque structure dont la commune est sur le territoire, telle que l'annuaire la connaît "
                    + "des faits des autres services : identifiants, nom, forme juridique, ESUS, type d'insertion, "
                    + "commune, et quels services la connaissent à quel titre ; elle revient dans le flux à chaque fait "
                    + "nouveau. Jamais les agents à l'origine des faits." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptOrganisationView> organisations(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, directory::territoryFeed,
                entry -> new FeedCursor(entry.changedHereAt(), entry.organisationId()), EptOrganisationView::of);
    }

    @GetMapping("/indicator-values")
    @Operation(operationId = "eptIndicatorValues", summary = "Les indicateurs de la feuille de route déclinés pour le "
            + "territoire de l'EPT",
            description = "Pour chaque indicateur et chaque année, la valeur sur le territoire et son unité : les "
                    + "indicateurs calculés des faits des services et déclinés par EPT (montant attribué par l'Appel à "
                    + "Agir, lauréats, marchés réservés, heures d'insertion prévues et réalisées, structures relogées), "
                    + "dès qu'un fait de l'année concerne le territoire (pour les structures relogées, une structure "
                    + "partie ailleurs fait aussi changer la valeur, jusqu'à 0), et les indicateurs saisis dont une "
                    + "valeur a été saisie pour le territoire (la plus récente vaut). Une valeur revient dans le flux "
                    + "chaque fois qu'un fait nouveau la change ; l'ordre est celui où roadmap a appris les faits, un "
                    + "fait arrivé en retard est donc quand même lu. Jamais le détail des faits ni qui a saisi une "
                    + "valeur." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptIndicatorValueView> indicatorValues(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, indicatorValues::values,
                TerritoryIndicatorValues::key, EptIndicatorValueView::of);
    }
}
