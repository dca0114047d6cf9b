package fr.essor.kit.consuming.rebuilds.web;

import fr.essor.kit.apidocs.Conflicts;
import fr.essor.kit.consuming.rebuilds.ProjectionRebuilds;
import fr.essor.kit.consuming.rebuilds.ProjectionRebuilt;
import fr.essor.kit.consuming.rebuilds.RebuildableProjection;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** This service's projections built from topics, and their rebuild, for the ops team (role OPS or ADMIN). */
@RestController
@RequestMapping(path = "/api/ops/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
@Tag(name = "Exploitation — projections", description = "Les projections que ce service construit à partir des topics, et leur reconstruction")
public class ProjectionRebuildApi {

    private final ProjectionRebuilds rebuilds;
    private final CurrentActor currentActor;

    public ProjectionRebuildApi(ProjectionRebuilds rebuilds, CurrentActor currentActor) {
        this.rebuilds = rebuilds;
        this.currentActor = currentActor;
    }

    /** A projection: its name in the API, what it is, the topics it is built from, and how it is rebuilt. */
    @Schema(name = "Projection", description = "Une projection que le service construit à partir des topics")
    public record ProjectionView(String name, String label, String description, List<String> topics,
                                 boolean clearedFirst) {
        static ProjectionView of(RebuildableProjection projection) {
            return new ProjectionView(projection.name(), projection.label(), projection.description(),
                    projection.topics(), projection.clearedFirst());
        }
    }

    /** What a rebuild did, in total and per topic; {@code durationMs} from the clearing to the end of the replay. */
    @Schema(name = "ProjectionRebuild", description = "Ce qu'une reconstruction a fait, en tout et par topic")
    public record RebuildView(String projection, String by, Instant startedAt, long durationMs, long cleared,
                              long read, long applied, long skipped, long failed, List<TopicView> topics) {
        @Schema(name = "ProjectionRebuildTopic", description = "Ce que la relecture d'un topic a fait")
        public record TopicView(String topic, long read, long applied, long skipped, long failed) {
        }

        static RebuildView of(ProjectionRebuilt rebuilt) {
            return new RebuildView(rebuilt.projection(), rebuilt.by(), rebuilt.startedAt(),
                    rebuilt.duration().toMillis(), rebuilt.cleared(), rebuilt.read(), rebuilt.applied(),
                    rebuilt.skipped(), rebuilt.failed(), rebuilt.topics().stream().map(t -> new TopicView(t.topic(),
                    t.read(), t.applied(), t.skipped(), t.failed())).toList());
        }
    }

    @GetMapping
    @Operation(operationId = "listProjections", summary = "Lister les projections reconstructibles à partir des topics",
            description = "Rôles autorisés : OPS, ADMIN.")
    public List<ProjectionView> list() {
        return rebuilds.all().stream().map(ProjectionView::of).toList();
    }

    @PostMapping("/{name}/rebuild")
    @Operation(operationId = "rebuildProjection", summary = "Reconstruire une projection depuis le début de ses topics",
            description = "Rôles autorisés : OPS, ADMIN. Relit les topics de la projection depuis leur premier "
                    + "enregistrement jusqu'à leur fin au lancement, sans toucher aux offsets des consommateurs, et "
                    + "applique chaque événement par le même traitement que la consommation courante ; la réponse dit "
                    + "ce qui a été relu, appliqué, ignoré et en échec. 404 pour une projection inconnue.")
    @Conflicts("Une reconstruction de la même projection est déjà en cours.")
    public RebuildView rebuild(@PathVariable String name) {
        return switch (rebuilds.rebuild(name, currentActor.current())) {
            case ProjectionRebuilds.Outcome.Rebuilt rebuilt -> RebuildView.of(rebuilt.report());
            case ProjectionRebuilds.Outcome.Forbidden forbidden -> throw new AccessDeniedException(
                    "Seuls l'exploitation et les administrateurs reconstruisent les projections.");
            case ProjectionRebuilds.Outcome.Unknown unknown -> throw new NotFoundException(
                    "Aucune projection " + unknown.name() + " dans ce service.");
            case ProjectionRebuilds.Outcome.AlreadyRunning running -> throw new ConflictException(
                    "Une reconstruction de la projection " + running.name() + " est déjà en cours.");
        };
    }
}
