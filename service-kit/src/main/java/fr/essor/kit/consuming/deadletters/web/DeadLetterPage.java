package fr.essor.kit.consuming.deadletters.web;

import fr.essor.kit.consuming.deadletters.DeadLetter;
import fr.essor.kit.consuming.deadletters.DeadLetterReplays;
import fr.essor.kit.consuming.deadletters.DeadLetterStore;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The ops page {@code /ops/lettres-mortes}: this service's dead letters and a « Rejouer » button for each. */
@Controller
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
public class DeadLetterPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    private final DeadLetterStore store;
    private final DeadLetterReplays replays;
    private final CurrentActor currentActor;

    public DeadLetterPage(DeadLetterStore store, DeadLetterReplays replays, CurrentActor currentActor) {
        this.store = store;
        this.replays = replays;
        this.currentActor = currentActor;
    }

    /** One table row, already in French. */
    public record Row(String id, String firstSeen, String originalTopic, String group, String key, String eventType,
                      String eventId, String error, String status, boolean replayable, String lastReplay) {
    }

    @GetMapping("/ops/lettres-mortes")
    public String list(Model model) {
        List<Row> rows = store.latest(DeadLetterApi.LIMIT).stream().map(DeadLetterPage::row).toList();
        model.addAttribute("rows", rows);
        return "kit/dead-letters";
    }

    @PostMapping("/ops/lettres-mortes/{id}/rejouer")
    public String replay(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
                         RedirectAttributes redirect) {
        try {
            DeadLetter letter = replays.replay(id, currentActor.current(), force);
            if (letter.status() == DeadLetter.Status.REPLAYED) {
                redirect.addFlashAttribute("message", "La lettre morte est renvoyée sur " + letter.originalTopic()
                        + ".");
            } else {
                redirect.addFlashAttribute("error", "Le rejeu a échoué : "
                        + letter.replays().getLast().outcome());
            }
        } catch (ConflictException | NotFoundException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/ops/lettres-mortes";
    }

    private static Row row(DeadLetter letter) {
        String error = letter.exceptionClass() == null ? "—"
                : letter.exceptionClass() + (letter.exceptionMessage() == null ? "" : " : " + letter.exceptionMessage());
        String lastReplay = letter.replays().isEmpty() ? "—" : letter.replays().getLast().outcome() + " — par "
                + letter.replays().getLast().by() + " le " + WHEN.format(letter.replays().getLast().at());
        return new Row(letter.id(), WHEN.format(letter.firstSeenAt()), letter.originalTopic(),
                letter.group() == null ? "—" : letter.group(), letter.key() == null ? "—" : letter.key(),
                letter.eventType() == null ? "—" : letter.eventType(),
                letter.eventId() == null ? "—" : letter.eventId(), error, letter.status().label(),
                letter.status() == DeadLetter.Status.UNRESOLVED || letter.status() == DeadLetter.Status.REPLAY_FAILED,
                lastReplay);
    }
}
