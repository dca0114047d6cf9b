package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.application.EptApplicationView;
import fr.essor.funding.aaa.application.OpinionCodes;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.aaa.domain.Opinion;
import fr.essor.funding.aaa.web.Outcomes;
import fr.essor.kit.ept.EptFeedDocs;
import fr.essor.kit.ept.EptFeeds;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


/**
 * Where an EPT's system gives its opinion on an application of its territory (the {@code opinionUrl} of its
 * {@code awaiting-opinion} feed): the same step as an agent's, answered with what an EPT may read of the application
 * ({@link EptApplicationView}), never the instructors' scores, comments or logins.
 */
@RestController
@RequestMapping(path = "/api/ept/{territory}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = EptFeedDocs.TAG, description = "Ce que les systèmes d'un EPT lisent de leur territoire, page par page")
class EptOpinionController {

    private final Instruction instruction;
    private final EptFeeds feeds;
    private final CurrentActor currentActor;
    private final Communes communes;

    EptOpinionController(Instruction instruction, EptFeeds feeds, CurrentActor currentActor, Communes communes) {
        this.communes = communes;
        this.instruction = instruction;
        this.feeds = feeds;
        this.currentActor = currentActor;
    }

    @Schema(name = "EptOpinionRequest", description = "L'avis de l'EPT sur une candidature de son territoire")
    record OpinionRequest(
            @Schema(implementation = Opinion.class, description = "L'avis",
                    requiredMode = Schema.RequiredMode.REQUIRED) String opinion,
            @Schema(description = "Sa motivation, obligatoire pour un avis réservé ou défavorable")
            @fr.essor.kit.apidocs.Bounds.Text(fr.essor.funding.aaa.domain.Application.MAX_TEXT) String comment) {
    }

    @PutMapping(path = "/applications/{id}/opinion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "giveEptOpinion", summary = "Rendre l'avis de l'EPT sur une candidature de son territoire",
            description = "À l'adresse opinionUrl d'un élément du flux applications/awaiting-opinion, tant que l'avis "
                    + "des EPT est demandé (un nouvel envoi remplace alors l'avis de l'EPT ; ensuite 409, code "
                    + "opinion.notRequested). "
                    + "Avis FAVOURABLE, RESERVED ou UNFAVOURABLE ; un avis réservé ou défavorable est motivé "
                    + "(comment, sinon 400). La réponse est la candidature telle qu'un EPT la lit, avec son avis. "
                    + "Réservé au compte de l'EPT de ce territoire (et aux administrateurs, qui l'enregistrent pour "
                    + "lui).")
    EptApplicationView giveOpinion(@Parameter(description = EptFeedDocs.TERRITORY) @PathVariable String territory,
                                   @PathVariable String id, @RequestBody OpinionRequest request) {
        Actor actor = currentActor.current();
        if (communes.territories().stream().noneMatch(known -> known.code().equals(territory))) {
            throw new NotFoundException("Territoire inconnu : " + territory + ".");
        }
        // an administrator may record it on the EPT's behalf, as an instructing agent may on the agents' API
        String code = actor.hasRole(Role.ADMIN) ? territory : feeds.territory(territory);
        return EptApplicationView.of(Outcomes.applicationOrThrow(instruction.giveOpinion(id, code,
                OpinionCodes.parse(request.opinion()), request.comment(), actor)), code);
    }
}
