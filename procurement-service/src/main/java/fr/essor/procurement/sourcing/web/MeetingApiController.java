package fr.essor.procurement.sourcing.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.procurement.sourcing.application.SourcingMeetings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Buyer ↔ ESS supplier meetings (Fabrique des Jeux, Assises): participant organisations and needs discussed. */
@RestController
@RequestMapping(path = "/api/sourcing-meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rencontres acheteurs-fournisseurs", description = "Fabrique des Jeux, Assises des achats responsables")
class MeetingApiController {

    private final SourcingMeetings meetings;
    private final CurrentActor actor;

    MeetingApiController(SourcingMeetings meetings, CurrentActor actor) {
        this.meetings = meetings;
        this.actor = actor;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "organiseMeeting", summary = "Enregistrer une rencontre")
    @Created("L'adresse de la rencontre de sourcing.")
    ResponseEntity<MeetingView> organise(@RequestBody MeetingRequest request) {
        SourcingAgents.requireSupplierAgent(actor);
        MeetingView view = done(meetings.organise(request.toForm(), actor.current().username()));
        return ResponseEntity.created(URI.create("/api/sourcing-meetings/" + view.id())).body(view);
    }

    @GetMapping
    @Operation(operationId = "listSourcingMeetings", summary = "Les rencontres, les plus récentes d'abord")
    List<MeetingView> list() {
        return meetings.all().stream().map(MeetingView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSourcingMeeting", summary = "Une rencontre, ses structures participantes et les besoins discutés")
    MeetingView read(@PathVariable String id) {
        return meetings.find(id).map(MeetingView::of)
                .orElseThrow(() -> new NotFoundException("Aucune rencontre " + id + "."));
    }

    @PostMapping(path = "/{id}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addMeetingParticipant", summary = "Ajouter une structure du registre (SIRET ou RNA) aux participants")
    @Created(location = false)
    ResponseEntity<MeetingView> participant(@PathVariable String id, @RequestBody ParticipantRequest request) {
        SourcingAgents.requireSupplierAgent(actor);
        return ResponseEntity.status(201).body(done(meetings.addParticipant(id, request.organisationId(),
                actor.current().username())));
    }

    @PostMapping(path = "/{id}/needs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addDiscussedNeed", summary = "Ajouter un besoin de sourcing aux besoins discutés")
    @Created(location = false)
    ResponseEntity<MeetingView> need(@PathVariable String id, @RequestBody DiscussedNeedRequest request) {
        SourcingAgents.requireSupplierAgent(actor);
        return ResponseEntity.status(201).body(done(meetings.discuss(id, request.needId(),
                actor.current().username())));
    }

    private static MeetingView done(SourcingMeetings.Outcome outcome) {
        return switch (outcome) {
            case SourcingMeetings.Done done -> MeetingView.of(done.meeting());
            case SourcingMeetings.Rejected rejected -> throw new InvalidCommandException(rejected.violations()
                    .stream().toList());
            case SourcingMeetings.Unknown unknown -> throw new NotFoundException("Aucune rencontre "
                    + unknown.meetingId() + ".");
        };
    }
}
