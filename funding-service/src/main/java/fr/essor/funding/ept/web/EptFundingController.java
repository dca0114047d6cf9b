package fr.essor.funding.ept.web;

import fr.essor.funding.aaa.application.EptApplicationView;
import fr.essor.funding.aaa.application.TerritorySelection;
import fr.essor.funding.ept.application.TerritoryFeeds;
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
 * The feeds of an EPT's systems in funding, on the convention of {@link EptFeeds}: the Appel à Agir applications of
 * its territory (all, awaiting its opinion, with its opinion, laureates), the grants with their payments, and the
 * payments on their own.
 */
@RestController
@RequestMapping(path = "/api/ept/{territory}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = EptFeedDocs.TAG, description = "Ce que les systèmes d'un EPT lisent de leur territoire, page par page")
class EptFundingController {

    private final TerritoryFeeds territoryFeeds;
    private final EptFeeds feeds;

    EptFundingController(TerritoryFeeds territoryFeeds, EptFeeds feeds) {
        this.territoryFeeds = territoryFeeds;
        this.feeds = feeds;
    }

    @GetMapping("/applications")
    @Operation(operationId = "eptApplications", summary = "Les candidatures à l'Appel à Agir qui agissent sur le "
            + "territoire de l'EPT",
            description = "Chaque candidature dont une commune d'action est sur le territoire, dans son dernier état : "
                    + "projet, montants demandés, statut, avis de cet EPT, décision de l'assemblée ; jamais les notes, "
                    + "commentaires ni conflits d'intérêts des instructeurs." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptApplicationView> applications(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return applications(territory, TerritorySelection.ALL, after, limit);
    }

    @GetMapping("/applications/awaiting-opinion")
    @Operation(operationId = "eptApplicationsAwaitingOpinion", summary = "Les candidatures du territoire qui "
            + "attendent l'avis de l'EPT",
            description = "Celles dont l'avis des EPT est demandé et que cet EPT n'a pas encore rendu. Chacune donne "
                    + "opinionUrl, où le rendre : PUT {\"opinion\": \"FAVOURABLE\" | \"RESERVED\" | \"UNFAVOURABLE\", "
                    + "\"comment\": …} (commentaire obligatoire sauf avis favorable) ; une candidature sort de ce flux "
                    + "une fois l'avis rendu." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptApplicationView> awaitingOpinion(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return applications(territory, TerritorySelection.AWAITING_OPINION, after, limit);
    }

    @GetMapping("/opinions")
    @Operation(operationId = "eptOpinionsGiven", summary = "Les candidatures du territoire sur lesquelles l'EPT a "
            + "rendu son avis",
            description = "Chacune avec l'avis de cet EPT (opinion, commentaire, date, et s'il a été saisi pour lui "
                    + "par un agent), et la suite de son instruction." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptApplicationView> opinions(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return applications(territory, TerritorySelection.OPINION_GIVEN, after, limit);
    }

    @GetMapping("/laureates")
    @Operation(operationId = "eptLaureates", summary = "Les lauréats de l'Appel à Agir sur le territoire de l'EPT",
            description = "Les candidatures du territoire que l'assemblée a accordées, avec le montant voté, la "
                    + "délibération et sa date." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptApplicationView> laureates(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return applications(territory, TerritorySelection.LAUREATES, after, limit);
    }

    @GetMapping("/grants")
    @Operation(operationId = "eptGrantsAndPayments", summary = "Les subventions aux projets du territoire et leurs "
            + "paiements",
            description = "Chaque dossier de subvention conventionné ou payé dont le territoire principal (celui de "
                    + "la première commune d'action) est celui de l'EPT : montant, échéancier, date de signature, "
                    + "paiements faits ; il revient dans le flux à chaque signature, rapport ou paiement."
                    + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptGrantView> grants(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, territoryFeeds::grants,
                file -> new FeedCursor(file.updatedAt(), file.id()), EptGrantView::of);
    }

    @GetMapping("/payments")
    @Operation(operationId = "eptGrantPayments", summary = "Les paiements des subventions aux projets du territoire",
            description = "Chaque paiement fait sur une subvention dont le territoire principal (celui de la première "
                    + "commune d'action) est celui de l'EPT, une fois : subvention, structure payée (SIRET ou RNA et "
                    + "nom du registre), montant, date, échéance payée (déclencheur : signature, compte rendu annuel "
                    + "ou final). Un paiement ne change plus ; jamais l'agent qui l'a saisi. Les mêmes paiements "
                    + "figurent aussi dans leur dossier, sur le flux grants." + EptFeedDocs.WHO)
    @ApiResponse(responseCode = "200", description = EptFeedDocs.OK)
    @ApiResponse(responseCode = "400", description = EptFeedDocs.BAD_REQUEST)
    @ApiResponse(responseCode = "401", description = EptFeedDocs.UNAUTHORIZED)
    @ApiResponse(responseCode = "403", description = EptFeedDocs.FORBIDDEN)
    FeedPage<EptGrantPaymentView> payments(
            @Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
            @Parameter(description = EptFeedDocs.AFTER) @RequestParam(required = false) String after,
            @Parameter(description = EptFeedDocs.LIMIT) @RequestParam(required = false) String limit) {
        return feeds.page(territory, after, limit, territoryFeeds::payments,
                TerritoryFeeds.GrantPayment::key, EptGrantPaymentView::of);
    }

    private FeedPage<EptApplicationView> applications(String territory, TerritorySelection selection, String after,
                                                      String limit) {
        return feeds.page(territory, after, limit,
                (code, window) -> territoryFeeds.applications(code, selection, window),
                application -> new FeedCursor(application.updatedAt(), application.id()),
                application -> EptApplicationView.of(application, territory));
    }
}
