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

import java.util.List;

/** Dead letters of this service's consumers, for the ops team (role OPS or ADMIN). */
@RestController
@RequestMapping("/api/ops/dead-letters")
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
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
    public List<DeadLetter> list() {
        return store.latest(LIMIT);
    }

    @GetMapping("/{id}")
    public DeadLetter get(@PathVariable String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Aucune lettre morte " + id));
    }

    /**
     * Sends the original record back to its topic; 404 for an unknown letter, 409 for one already replayed unless
     * {@code force=true}. The answer is the letter with its new status and replay outcome.
     */
    @PostMapping("/{id}/replay")
    public DeadLetter replay(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force) {
        return replays.replay(id, currentActor.current(), force);
    }
}
