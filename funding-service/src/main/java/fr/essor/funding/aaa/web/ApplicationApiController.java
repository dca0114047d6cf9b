package fr.essor.funding.aaa.web;

import fr.essor.funding.aaa.application.OpinionCodes;
import fr.essor.kit.apidocs.Created;
import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.aaa.application.ApplicationFilter;
import fr.essor.funding.aaa.application.ApplicationIntake;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Instruction;
import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationStatus;
import fr.essor.funding.aaa.domain.Channel;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Applications to the Appel à Agir and their instruction. Refusals: 400 with {@code errors} for fields; 403 with
 * {@code code: forbidden} when the account may not act (an EPT outside its territory, a reviewer with a declared
 * conflict of interest…); 409 with a stable {@code code} when the application's state does not allow the step
 * ({@code transition.illegal}, {@code call.closed}, {@code review.notUnderReview}, {@code opinion.notRequested}).
 * A state conflict is 409 rather than 422 because the same request would succeed in another state.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Appel à Agir — candidatures", description = "Dépôt, instruction, notation, avis des EPT, vote")
class ApplicationApiController {

    private final ApplicationIntake intake;
    private final Instruction instruction;
    private final Applications applications;
    private final CurrentActor currentActor;

    ApplicationApiController(ApplicationIntake intake, Instruction instruction, Applications applications,
                             CurrentActor currentActor) {
        this.intake = intake;
        this.instruction = instruction;
        this.applications = applications;
        this.currentActor = currentActor;
    }

    @PostMapping(path = "/calls/{year}/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Déposer une candidature (saisie ou import depuis le portail des subventions)",
            description = "Publie application-submitted.v1. Un doublon probable (même structure, même appel, même "
                    + "titre normalisé) est signalé par possibleDuplicateOf, jamais refusé. channel : PORTAL par "
                    + "défaut, AGENT pour une saisie. receivedOn : la date de réception d'un dossier papier saisi "
                    + "après coup (par défaut aujourd'hui), dans l'ouverture de l'appel et pas dans le futur, "
                    + "400 sinon.")
    @Created("L'adresse de la candidature déposée.")
    ResponseEntity<ApplicationView> submit(@PathVariable int year,
                                           @RequestBody ApplicationRequests.Submission request) {
        Actor actor = currentActor.current();
        Channel channel = "AGENT".equals(request.channel()) ? Channel.AGENT : Channel.PORTAL;
        Application application = switch (intake.submit(year, request.organisation(), request.toForm(), channel,
                request.receivedOn(), actor)) {
            case ApplicationIntake.UnknownCall unknown -> throw Outcomes.unknownCall(unknown.year());
            case ApplicationIntake.Done done -> Outcomes.applicationOrThrow(done.outcome());
        };
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/applications/{id}").buildAndExpand(application.id()).toUri())
                .body(ApplicationView.of(application, Agents.of(actor)));
    }

    @GetMapping("/calls/{year}/applications")
    @Operation(summary = "Lister les candidatures d'une édition (filtres : statut, thématique, EPT, direction)",
            description = "Un compte EPT ne voit que les candidatures de son territoire.")
    List<ApplicationView> list(@PathVariable int year, @RequestParam(required = false) String status,
                               @RequestParam(required = false) String theme,
                               @RequestParam(required = false) String territory,
                               @RequestParam(required = false) String directorate) {
        Agent agent = Agents.of(currentActor.current());
        ApplicationFilter filter = filter(status, theme, territory, directorate);
        if (agent.isTerritoryAccount()) {
            filter = new ApplicationFilter(filter.status(), filter.theme(), agent.territory(), filter.directorate());
        }
        return applications.list(year, filter).stream().map(a -> ApplicationView.of(a, agent)).toList();
    }

    @GetMapping("/applications/{id}")
    @Operation(operationId = "getApplication", summary = "Lire une candidature, son instruction et son historique")
    ApplicationView read(@PathVariable String id) {
        Agent agent = Agents.of(currentActor.current());
        Application application = applications.find(id).orElseThrow(() -> Outcomes.unknownApplication(id));
        if (agent.isTerritoryAccount() && !application.details().territoryCodes().contains(agent.territory())) {
            throw Outcomes.forbidden("Cette candidature ne concerne pas votre territoire (" + agent.territory() + ").");
        }
        return ApplicationView.of(application, agent);
    }

    @PostMapping(path = "/applications/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Faire avancer l'instruction d'une étape",
            description = "action : DECLARE_ADMISSIBLE, DECLARE_INADMISSIBLE, START_REVIEW, REQUEST_CORRECTION, "
                    + "RECEIVE_CORRECTION, REQUEST_TERRITORY_OPINION, PROPOSE_FOR_VOTE, GRANT, REFUSE, "
                    + "SIGN_AGREEMENT, START_PAYMENT, SETTLE. Un vote publie application-decided.v1 (et "
                    + "grant-awarded.v1 s'il accorde). 409 transition.illegal si l'état ne le permet pas.")
    ApplicationView transition(@PathVariable String id, @RequestBody ApplicationRequests.Transition request) {
        Actor actor = currentActor.current();
        WorkflowAction action = WorkflowAction.fromCode(request.action()).orElseThrow(() ->
                new InvalidCommandException(List.of(new Violation("action", "action.unknown",
                        "Étape inconnue : « " + request.action() + " »."))));
        return view(instruction.perform(id, action, new TransitionRequest(request.reason(), request.amount(),
                request.decisionReference(), request.decidedOn()), actor), actor);
    }

    @PutMapping(path = "/applications/{id}/directorates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "assignDirectorates", summary = "Désigner les directions instructrices (DMTA, ADMIN)")
    ApplicationView assign(@PathVariable String id, @RequestBody ApplicationRequests.Assignment request) {
        Actor actor = currentActor.current();
        return view(instruction.assign(id, directorates(request.directorates()), actor), actor);
    }

    @PostMapping(path = "/applications/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "reviewApplication", summary = "Noter la candidature sur la grille de l'appel (remplace sa propre notation)")
    ApplicationView review(@PathVariable String id, @RequestBody ApplicationRequests.ReviewRequest request) {
        Actor actor = currentActor.current();
        return view(instruction.review(id, request.scores() == null ? java.util.Map.of() : request.scores(),
                request.internalComment(), request.sharedComment(), actor), actor);
    }

    @PostMapping(path = "/applications/{id}/conflicts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Déclarer un conflit d'intérêts (retire sa notation et écarte de l'instruction)")
    ApplicationView declareConflict(@PathVariable String id, @RequestBody ApplicationRequests.ConflictRequest request) {
        Actor actor = currentActor.current();
        return view(instruction.declareConflict(id, request.reason(), actor), actor);
    }

    @PutMapping(path = "/applications/{id}/opinions/{territory}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Donner l'avis de l'EPT (favorable, réservé, défavorable)",
            description = "Pour un agent instructeur qui saisit l'avis reçu d'un EPT (et, par compatibilité, le compte "
                    + "de l'EPT pour son seul territoire, 403 sinon). Le système d'un EPT rend son avis à l'opinionUrl "
                    + "de son flux (opération giveEptOpinion), dont la réponse ne montre que ce qu'un EPT peut lire.")
    ApplicationView giveOpinion(@PathVariable String id, @PathVariable String territory,
                                @RequestBody ApplicationRequests.OpinionRequest request) {
        Actor actor = currentActor.current();
        return view(instruction.giveOpinion(id, territory, OpinionCodes.parse(request.opinion()), request.comment(),
                actor), actor);
    }

    private static ApplicationView view(Instruction.Result result, Actor actor) {
        return ApplicationView.of(Outcomes.applicationOrThrow(result), Agents.of(actor));
    }

    static Set<Directorate> directorates(List<String> codes) {
        Set<Directorate> directorates = EnumSet.noneOf(Directorate.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            directorates.add(Directorate.fromCode(code).orElseThrow(() -> new InvalidCommandException(List.of(
                    new Violation("directorates", "directorates.unknown", "Direction instructrice inconnue : « "
                            + code + " » (DMTA, DIEESS, DJVA ou DTER).")))));
        }
        return directorates;
    }

    static ApplicationFilter filter(String status, String theme, String territory, String directorate) {
        List<Violation> violations = new ArrayList<>();
        ApplicationStatus statusValue = null;
        if (!blank(status)) {
            statusValue = ApplicationStatus.fromCode(status).orElse(null);
            if (statusValue == null) {
                violations.add(new Violation("status", "status.unknown", "Statut inconnu : « " + status + " »."));
            }
        }
        Directorate directorateValue = null;
        if (!blank(directorate)) {
            directorateValue = Directorate.fromCode(directorate).orElse(null);
            if (directorateValue == null) {
                violations.add(new Violation("directorate", "directorate.unknown",
                        "Direction inconnue : « " + directorate + " »."));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        return new ApplicationFilter(statusValue, blank(theme) ? null : theme.strip(),
                blank(territory) ? null : territory.strip(), directorateValue);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
