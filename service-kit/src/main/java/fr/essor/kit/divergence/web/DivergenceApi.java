package fr.essor.kit.divergence.web;

import fr.essor.kit.divergence.infrastructure.DivergenceDetector;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The last divergence check between this service's store and its topics, for the ops team (role OPS or ADMIN). */
@RestController
@RequestMapping("/api/ops/divergences")
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
@Tag(name = "Exploitation — écarts base / Kafka",
        description = "Ce que la dernière vérification a trouvé de différent entre la base de ce service et ses topics")
public class DivergenceApi {

    private final DivergenceDetector detector;

    public DivergenceApi(DivergenceDetector detector) {
        this.detector = detector;
    }

    @GetMapping
    @Operation(operationId = "getDivergences", summary = "Lire le résultat de la dernière vérification base / Kafka",
            description = "Les événements publiés sur Kafka que la base ne connaît pas, ceux que la base a notés "
                    + "comme publiés et qui manquent sur Kafka, et les objets dont la base a une version plus "
                    + "ancienne que Kafka (ou qu'elle n'a plus). `checked` est faux tant qu'aucune vérification n'a "
                    + "tourné. Rôles autorisés : OPS, ADMIN.")
    public DivergenceView get() {
        return DivergenceView.of(detector);
    }

    /** Runs a check now (after a repair, rather than waiting for the next pass); 503 when the store or broker is away. */
    @PostMapping("/check")
    @Operation(operationId = "checkDivergences", summary = "Vérifier maintenant que la base et Kafka sont d'accord",
            description = "Lance une vérification tout de suite (par exemple après une réparation) et répond son "
                    + "résultat ; 503 si la base ou Kafka ne répond pas. Rôles autorisés : OPS, ADMIN.")
    public DivergenceView check() {
        try {
            detector.check();
        } catch (RuntimeException unreachable) {
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, unreachable);
        }
        return DivergenceView.of(detector);
    }
}
