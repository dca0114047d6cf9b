package fr.essor.kit.consuming.rebuilds.web;

import fr.essor.kit.consuming.rebuilds.ProjectionRebuilds;
import fr.essor.kit.consuming.rebuilds.ProjectionRebuilt;
import fr.essor.kit.consuming.rebuilds.RebuildableProjection;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.ui.FrenchFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;

/**
 * The ops page {@code /ops/projections}: this service's projections built from topics, each with a « Reconstruire »
 * button that first asks for confirmation on the page itself (no script needed), then says what the rebuild did.
 */
@Controller
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
public class ProjectionRebuildPage {

    private final ProjectionRebuilds rebuilds;
    private final CurrentActor currentActor;

    public ProjectionRebuildPage(ProjectionRebuilds rebuilds, CurrentActor currentActor) {
        this.rebuilds = rebuilds;
        this.currentActor = currentActor;
    }

    /** One projection, already in French. */
    public record Row(String name, String label, String description, String topics, String how) {
        static Row of(RebuildableProjection p) {
            return new Row(p.name(), p.label(), p.description(), String.join(", ", p.topics()),
                    p.clearedFirst() ? "vidée, puis reconstruite depuis le début des topics"
                            : "événements relus depuis le début des topics et appliqués par-dessus ce qui est tenu");
        }
    }

    @GetMapping("/ops/projections")
    public String list(@RequestParam(name = "reconstruire", required = false) String toConfirm, Model model) {
        model.addAttribute("rows", rebuilds.all().stream().map(Row::of).toList());
        rebuilds.find(toConfirm == null ? "" : toConfirm).map(Row::of)
                .ifPresent(row -> model.addAttribute("confirm", row));
        return "kit/projections";
    }

    @PostMapping("/ops/projections/{name}/reconstruire")
    public String rebuild(@PathVariable String name, RedirectAttributes redirect) {
        switch (rebuilds.rebuild(name, currentActor.current())) {
            case ProjectionRebuilds.Outcome.Rebuilt rebuilt -> {
                redirect.addFlashAttribute("message", summary(rebuilt.report()));
                redirect.addFlashAttribute("topics", rebuilt.report().topics().stream().map(t -> t.topic() + " : "
                        + FrenchFormat.count(t.read(), "événement relu", "événements relus") + ", "
                        + FrenchFormat.count(t.applied(), "appliqué", "appliqués") + ", "
                        + FrenchFormat.count(t.skipped(), "sans effet", "sans effet") + ", "
                        + FrenchFormat.count(t.failed(), "en échec", "en échec")).toList());
            }
            case ProjectionRebuilds.Outcome.Forbidden forbidden -> throw new AccessDeniedException(
                    "Seuls l'exploitation et les administrateurs reconstruisent les projections.");
            case ProjectionRebuilds.Outcome.Unknown unknown -> redirect.addFlashAttribute("error",
                    "Aucune projection « " + unknown.name() + " » dans ce service.");
            case ProjectionRebuilds.Outcome.AlreadyRunning running -> redirect.addFlashAttribute("error",
                    "Une reconstruction de cette projection est déjà en cours : attendez qu'elle se termine.");
        }
        return "redirect:/ops/projections";
    }

    private String summary(ProjectionRebuilt rebuilt) {
        String label = rebuilds.find(rebuilt.projection()).map(RebuildableProjection::label)
                .orElse(rebuilt.projection());
        String seconds = FrenchFormat.number(BigDecimal.valueOf(rebuilt.duration().toMillis(), 3), "#,##0.0");
        return "« " + label + " » reconstruite en " + seconds + " s : "
                + (rebuilt.cleared() > 0 ? FrenchFormat.count(rebuilt.cleared(), "document effacé", "documents effacés")
                + " d'abord, " : "")
                + FrenchFormat.count(rebuilt.read(), "événement relu", "événements relus") + " sur "
                + FrenchFormat.count(rebuilt.topics().size(), "topic", "topics") + ", "
                + FrenchFormat.count(rebuilt.applied(), "appliqué", "appliqués") + ", "
                + FrenchFormat.count(rebuilt.skipped(), "sans effet (déjà appliqué ou non suivi)",
                "sans effet (déjà appliqués ou non suivis)") + ", "
                + FrenchFormat.count(rebuilt.failed(), "en échec", "en échec") + ".";
    }
}
