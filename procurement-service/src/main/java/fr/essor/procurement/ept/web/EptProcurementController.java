package fr.essor.procurement.ept.web;

import fr.essor.kit.ept.EptFeedDocs;
import fr.essor.kit.ept.EptFeeds;
import fr.essor.kit.ept.FeedCursor;
import fr.essor.kit.ept.FeedPage;
import fr.essor.procurement.ept.application.TerritoryFeeds;
import fr.essor.procurement.ept.application.TerritoryFeeds.ReportedHours;
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
 * The feeds of an EPT's systems in procurement, on the convention of {@link EptFeeds}: the sourcing needs open to
 * the suppliers of its territory, the meetings where they are presented, the contracts awarded on it and the insertion
 * hours done on them.
 */
@RestController
@RequestMapping(path = "/api/ept/{territory}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = EptFeedDocs.TAG, description = "Ce que les systèmes d'un EPT lisent de leur territoire, page par page")
class EptProcurementController {

    private final TerritoryFeeds territoryFeeds;
    private final EptFeeds feeds;

    EptProcurementController(TerritoryFeeds territoryFeeds, EptFeeds feeds) {
        this.territoryFeeds = territoryFeeds;
        this.feeds = feeds;
    }

    @GetMapping("/sourcing-needs")
    @Operation(operationId = "eptSourcingNeeds", summary = "Les besoins de sourcing exécutés sur le territoire de "
            + "l'EPT ou sur tout le département",
            description = "Chaque besoin publié par une direction acheteuse, dans son dernier état : objet, secteur "
                    + "(division CPV), montants, date limite de réponse, statut, nombre de fournisseurs intéressés et "
                    + "issue ; jamais les notes des fournisseurs ni les agents." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptSourcingNeedView> sourcingNeeds(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, territoryFeeds::sourcingNeeds,
                need -> new FeedCursor(need.updatedAt(), need.id()), EptSourcingNeedView::of);
    }

    @GetMapping("/contracts")
    @Operation(operationId = "eptAwardedContracts", summary = "Les marchés attribués exécutés sur le territoire de "
            + "l'EPT ou sur tout le département",
            description = "Les données essentielles de chaque marché attribué (celles que publient les DECP) : objet, "
                    + "procédure, réservation, considérations sociales, heures d'insertion prévues, montant, "
                    + "titulaires (le nom d'un titulaire hors du registre des structures de l'ESS n'est pas donné) ; "
                    + "un marché revient dans le flux à chaque modification." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptContractView> contracts(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, territoryFeeds::awardedContracts,
                contract -> new FeedCursor(contract.updatedAt(), contract.id()), EptContractView::of);
    }

    @GetMapping("/meetings")
    @Operation(operationId = "eptSourcingMeetings", summary = "Les rencontres acheteurs-fournisseurs ouvertes aux "
            + "fournisseurs du territoire de l'EPT",
            description = "Une rencontre (Fabrique des Jeux, Assises des achats socialement responsables…) est du "
                    + "territoire dès qu'elle présente au moins un besoin de sourcing exécuté sur le territoire ou sur "
                    + "tout le département (ceux du flux sourcing-needs) ; une rencontre sans besoin présenté n'est "
                    + "encore sur aucun territoire. Chaque rencontre dans son dernier état : genre, titre, date, lieu, "
                    + "besoins présentés (identifiant et objet), nombre de structures participantes ; jamais leurs "
                    + "noms ni les agents. Elle revient dans le flux à chaque participant ou besoin ajouté."
                    + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptMeetingView> meetings(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, territoryFeeds::meetings,
                meeting -> new FeedCursor(meeting.updatedAt(), meeting.id()), EptMeetingView::of);
    }

    @GetMapping("/insertion-hours")
    @Operation(operationId = "eptInsertionHours", summary = "Les heures d'insertion déclarées sur les marchés "
            + "exécutés sur le territoire de l'EPT ou sur tout le département",
            description = "Chaque déclaration d'heures d'un facilitateur sur un marché du flux contracts : marché "
                    + "(identifiant, référence, objet), période (mois ou trimestre), heures réalisées et, par public "
                    + "(bénéficiaires du RSA, moins de 26 ans…), nombre de personnes et d'heures. Des effectifs "
                    + "seulement : jamais une personne, ni le facilitateur. Une déclaration ne change plus : elle paraît "
                    + "une fois." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptInsertionHoursView> insertionHours(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, territoryFeeds::insertionHours,
                ReportedHours::key, EptInsertionHoursView::of);
    }
}
