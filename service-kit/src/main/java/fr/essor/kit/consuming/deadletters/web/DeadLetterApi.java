package fr.essor.kit.consuming.deadletters.web;

import fr.essor.kit.consuming.deadletters.DeadLetter;
import fr.essor.kit.consuming.deadletters.DeadLetterReplays;
import fr.essor.kit.consuming.deadletters.DeadLetterStore;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** Dead letters of this service's consumers, for the ops team (role OPS or ADMIN). */
@RestController
@RequestMapping("/api/ops/dead-letters")
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
@Tag(name = "Exploitation — lettres mortes", description = "Les messages que les consommateurs de ce service n'ont pas pu traiter")
public class DeadLetterApi {

    static final int LIMIT = 500;

    private final DeadLetterStore store;
    private final DeadLetterReplays replays;
    private final CurrentActor currentActor;

    public DeadLetterApi(DeadLetterStore store, DeadLetterReplays replays, CurrentActor currentActor) {
        this.store = store;
        this.replays = replays;
        this.currentActor = currentActor;
    }

    /** The most recent letters first (at most 500). */
    @GetMapping
    @Operation(operationId = "listDeadLetters", summary = "Lister les lettres mortes (les plus récentes d'abord, 500 au plus)",
            description = "Rôles autorisés : OPS, ADMIN.")
    public List<DeadLetter> list() {
        return store.latest(LIMIT);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDeadLetter", summary = "Lire une lettre morte", description = "Rôles autorisés : OPS, ADMIN.")
    public DeadLetter get(@PathVariable String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Aucune lettre morte " + id));
    }

    /**
     * Sends the original record back to its topic; 404 for an unknown letter, 409 for one already replayed unless
     * {@code force=true}. The answer is the letter with its new status and replay outcome.
     */
    @PostMapping("/{id}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Rejouer une lettre morte (renvoyer le message à son topic)",
            description = "Renvoie le message d'origine à son topic ; 409 pour une lettre déjà rejouée, sauf avec "
                    + "`force=true`. La réponse est la lettre avec son nouveau statut.")
    public DeadLetter replay(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force) {
        return replays.replay(id, currentActor.current(), force);
    }
}
