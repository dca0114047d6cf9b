package fr.essor.funding.decisions.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.funding.decisions.application.Voting;
import fr.essor.funding.decisions.application.VotingSessions;
import fr.essor.funding.decisions.domain.VotingSession;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The voting sessions of the elected assembly: agenda, votes, closing. Refusals as in the application API: 400 with
 * {@code errors}, 403 {@code forbidden}, 409 with a stable code ({@code session.closed}, {@code session.notProposed},
 * {@code session.votesMissing}, {@code session.alreadyOnAgenda}…).
 */
@RestController
@RequestMapping(path = "/api/voting-sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Séances de vote", description = "Ordre du jour, votes, clôture et publication des lauréats par EPT")
class VotingSessionApiController {

    private final Voting voting;
    private final VotingSessions sessions;
    private final CurrentActor currentActor;

    VotingSessionApiController(Voting voting, VotingSessions sessions, CurrentActor currentActor) {
        this.voting = voting;
        this.sessions = sessions;
        this.currentActor = currentActor;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "openVotingSession", summary = "Ouvrir une séance de vote (DMTA, ADMIN)")
    @Created("L'adresse de la séance de vote ouverte.")
    ResponseEntity<SessionView> open(@RequestBody SessionRequests.Opening request) {
        if (request.callYear() == null) {
            throw new InvalidCommandException(List.of(new Violation("callYear", "callYear.required",
                    "Indiquez l'année de l'appel.")));
        }
        VotingSession session = SessionResults.sessionOrThrow(voting.open(request.callYear(), request.sittingOn(),
                request.deliberationReference(), currentActor.current()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/voting-sessions/{id}").buildAndExpand(session.id()).toUri()).body(SessionView.of(session));
    }

    @GetMapping
    @Operation(operationId = "listVotingSessions", summary = "Lister les séances, la plus récente d'abord")
    List<SessionView> list() {
        insider();
        return sessions.all().stream().map(SessionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getVotingSession", summary = "Lire une séance, son ordre du jour et ses votes")
    SessionView read(@PathVariable String id) {
        insider();
        return SessionView.of(sessions.find(id).orElseThrow(() -> new NotFoundException("Aucune séance " + id + ".")));
    }

    @PostMapping(path = "/{id}/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addToAgenda", summary = "Inscrire à l'ordre du jour une candidature « Proposée au vote »")
    SessionView propose(@PathVariable String id, @RequestBody SessionRequests.AgendaEntry request) {
        if (request.applicationId() == null || request.applicationId().isBlank()) {
            throw new InvalidCommandException(List.of(new Violation("applicationId", "applicationId.required",
                    "Indiquez la candidature à inscrire.")));
        }
        return SessionView.of(SessionResults.sessionOrThrow(voting.propose(id, request.applicationId(),
                currentActor.current())));
    }

    @DeleteMapping("/{id}/agenda/{applicationId}")
    @Operation(operationId = "withdrawFromAgenda", summary = "Retirer une candidature de l'ordre du jour (séance ouverte)")
    SessionView withdraw(@PathVariable String id, @PathVariable String applicationId) {
        return SessionView.of(SessionResults.sessionOrThrow(voting.withdraw(id, applicationId,
                currentActor.current())));
    }

    @PutMapping(path = "/{id}/votes/{applicationId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enregistrer (ou corriger avant clôture) le vote sur une candidature",
            description = "outcome : GRANTED (avec amount) ou REFUSED ; justification obligatoire.")
    SessionView vote(@PathVariable String id, @PathVariable String applicationId,
                     @RequestBody SessionRequests.VoteRequest request) {
        boolean granted = outcome(request.outcome());
        return SessionView.of(SessionResults.sessionOrThrow(voting.recordVote(id, applicationId, granted,
                request.amount(), request.justification(), currentActor.current())));
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Clore la séance",
            description = "Applique chaque vote à sa candidature (application-decided.v1, grant-awarded.v1 si "
                    + "accordée) puis publie laureates-published.v1 pour chaque EPT. 409 session.votesMissing "
                    + "tant qu'un vote manque.")
    SessionView close(@PathVariable String id) {
        return SessionView.of(SessionResults.sessionOrThrow(voting.close(id, currentActor.current())));
    }

    static boolean outcome(String code) {
        if ("GRANTED".equals(code)) {
            return true;
        }
        if ("REFUSED".equals(code)) {
            return false;
        }
        throw new InvalidCommandException(List.of(new Violation("outcome", "outcome.unknown",
                "Décision inconnue : « " + code + " » (GRANTED ou REFUSED).")));
    }

    private void insider() {
        Actor actor = currentActor.current();
        if (actor.hasRole(Role.EPT)) {
            throw new AccessDeniedException("Un EPT lit ses lauréats (/api/laureates), pas les séances.");
        }
    }
}
