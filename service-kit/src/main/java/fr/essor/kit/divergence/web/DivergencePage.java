package fr.essor.kit.divergence.web;

import fr.essor.kit.divergence.domain.DivergenceKind;
import fr.essor.kit.divergence.infrastructure.DivergenceDetector;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The ops page {@code /ops/ecarts}: what the last check found apart between the store and the topics. */
@Controller
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
public class DivergencePage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    private final DivergenceDetector detector;

    public DivergencePage(DivergenceDetector detector) {
        this.detector = detector;
    }

    /** One kind, with its French title, what it means and how many events it counts. */
    public record Kind(String label, String explanation, int events) {
    }

    /** One table row, already in French. */
    public record Row(String kind, String description, String topic, String aggregate, String eventIds) {
    }

    @GetMapping("/ops/ecarts")
    public String show(Model model) {
        DivergenceView view = DivergenceView.of(detector);
        model.addAttribute("checked", view.checked());
        model.addAttribute("checkedAt", view.checked() ? WHEN.format(view.checkedAt()) : null);
        model.addAttribute("duration", view.checked() ? view.durationMillis() + " ms" : null);
        model.addAttribute("grace", words(detector.gracePeriod()));
        model.addAttribute("interval", words(detector.interval()));
        model.addAttribute("scheduled", detector.scheduled());
        model.addAttribute("failure", view.lastFailure());
        model.addAttribute("read", view.checked() ? view.topicRecords() + " messages lus sur Kafka, "
                + view.loggedEvents() + " événements au journal, " + view.aggregates() + " objets en base" : null);
        List<Kind> kinds = Arrays.stream(DivergenceKind.values()).map(kind -> new Kind(kind.label(),
                kind.explanation(), view.divergentEvents().getOrDefault(kind.tag(), 0))).toList();
        model.addAttribute("kinds", kinds);
        model.addAttribute("found", view.divergenceCount());
        model.addAttribute("limit", DivergenceView.LIMIT);
        model.addAttribute("rows", view.divergences().stream().map(item -> new Row(item.label(), item.description(),
                item.topic(), (item.collection() == null ? "" : item.collection() + " ") + item.aggregate(),
                String.join(", ", item.eventIds()))).toList());
        return "kit/divergences";
    }

    @PostMapping("/ops/ecarts/verifier")
    public String checkNow(RedirectAttributes redirect) {
        try {
            int found = detector.check().divergences().size();
            redirect.addFlashAttribute("message", found == 0 ? "Vérification faite : la base et Kafka sont d'accord."
                    : "Vérification faite : " + found + (found == 1 ? " écart trouvé." : " écarts trouvés."));
        } catch (RuntimeException unreachable) {
            redirect.addFlashAttribute("error", "La vérification a échoué (base ou Kafka injoignable) : "
                    + unreachable.getMessage());
        }
        return "redirect:/ops/ecarts";
    }

    private static String words(Duration duration) {
        if (duration.toSeconds() % 3600 == 0 && duration.toHours() > 0) {
            return duration.toHours() + " h";
        }
        if (duration.toSeconds() % 60 == 0 && duration.toMinutes() > 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toSeconds() + " s";
    }
}
