package fr.essor.funding.aaa.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.funding.aaa.application.CallSetup;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.kit.problem.ConflictException;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** The editions of the Appel à Agir: everyone signed in reads them; the DMTA, the DIEESS and ADMIN set them up. */
@RestController
@RequestMapping(path = "/api/calls", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Appel à Agir — appels", description = "Les éditions de l'Appel à Agir « In Seine-Saint-Denis »")
class CallApiController {

    private final CallSetup setup;
    private final Calls calls;
    private final CurrentActor currentActor;

    CallApiController(CallSetup setup, Calls calls, CurrentActor currentActor) {
        this.setup = setup;
        this.calls = calls;
        this.currentActor = currentActor;
    }

    @GetMapping
    @Operation(operationId = "listCalls", summary = "Lister les éditions, la plus récente d'abord")
    List<CallView> list() {
        return calls.all().stream().map(CallView::of).toList();
    }

    @GetMapping("/{year}")
    @Operation(operationId = "getCall", summary = "Lire l'édition d'une année")
    CallView read(@PathVariable int year) {
        return calls.find(year).map(CallView::of).orElseThrow(() -> Outcomes.unknownCall(year));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Créer l'édition d'une année (DMTA, DIEESS, ADMIN)",
            description = "400 avec « errors » si une règle n'est pas respectée ; 409 si l'édition existe déjà.")
    @Created("L'adresse de l'édition de l'appel (par son année).")
    ResponseEntity<CallView> define(@RequestBody CallRequest request) {
        Call call = callOrThrow(setup.define(request.toDefinition(), currentActor.current()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{year}")
                .buildAndExpand(call.year()).toUri()).body(CallView.of(call));
    }

    @PutMapping(path = "/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "redefineCall", summary = "Modifier l'édition d'une année (DMTA, DIEESS, ADMIN)")
    CallView redefine(@PathVariable int year, @RequestBody CallRequest request) {
        return CallView.of(callOrThrow(setup.redefine(year, request.toDefinition(), currentActor.current())));
    }

    private static Call callOrThrow(CallSetup.Result result) {
        return switch (result) {
            case CallSetup.Done done -> switch (done.outcome()) {
                case Call.Defined defined -> defined.call();
                case Call.Refused refused -> throw Outcomes.invalid(refused.violations());
            };
            case CallSetup.AlreadyDefined already -> throw new ConflictException("L'Appel à Agir " + already.year()
                    + " existe déjà ; modifiez-le avec PUT /api/calls/" + already.year() + ".");
            case CallSetup.Unknown unknown -> throw Outcomes.unknownCall(unknown.year());
            case CallSetup.Forbidden forbidden -> throw Outcomes.forbidden(forbidden.reason());
        };
    }
}
