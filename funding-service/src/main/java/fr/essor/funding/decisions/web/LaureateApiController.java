package fr.essor.funding.decisions.web;

import fr.essor.funding.web.FundingProblemException;
import fr.essor.funding.decisions.application.Laureates;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The laureates of a call's closed voting sessions, per EPT. An EPT account reads its own territory only (403 for
 * another); the département's agents read every territory, or one.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Lauréats", description = "Listes des lauréats par EPT, en JSON, CSV et XLSX")
class LaureateApiController {

    private final Laureates laureates;
    private final CurrentActor currentActor;

    LaureateApiController(Laureates laureates, CurrentActor currentActor) {
        this.laureates = laureates;
        this.currentActor = currentActor;
    }

    @GetMapping(path = "/laureates", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listLaureates", summary = "Lauréats d'une édition, par EPT (un compte EPT : son territoire seulement)")
    List<LaureateView> list(@RequestParam int year, @RequestParam(required = false) String territory) {
        return views(year, territory);
    }

    @GetMapping(path = "/laureates.csv", produces = "text/csv")
    @Operation(operationId = "laureatesCsv", summary = "Lauréats en CSV (UTF-8 avec BOM, point-virgule)")
    ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(required = false) String territory) {
        return file(LaureateExports.csv(views(year, territory)), "text/csv;charset=UTF-8",
                name(year, territory) + ".csv");
    }

    @GetMapping(path = "/laureates.xlsx")
    @Operation(operationId = "laureatesXlsx", summary = "Lauréats en XLSX")
    ResponseEntity<byte[]> xlsx(@RequestParam int year, @RequestParam(required = false) String territory) {
        return file(LaureateExports.xlsx(views(year, territory)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name(year, territory) + ".xlsx");
    }

    private List<LaureateView> views(int year, String territory) {
        return laureates.of(year, territoryFor(currentActor.current(), territory)).stream().map(LaureateView::of)
                .toList();
    }

    /** The territory the actor may read: an EPT its own, an agent the one asked for (or all). */
    String territoryFor(Actor actor, String asked) {
        String wanted = asked == null || asked.isBlank() ? null : asked.strip();
        if (wanted != null && !laureates.territories().contains(wanted)) {
            throw new InvalidCommandException(List.of(new Violation("territory", "territory.unknown",
                    "EPT inconnu : « " + wanted + " » (" + String.join(", ", laureates.territories()) + ").")));
        }
        if (actor.hasRole(Role.EPT)) {
            if (wanted != null && !wanted.equals(actor.territory())) {
                throw new FundingProblemException(HttpStatus.FORBIDDEN, "forbidden", "Un EPT ne lit que les lauréats "
                        + "de son territoire (" + actor.territory() + ").");
            }
            return actor.territory();
        }
        return wanted;
    }

    private static String name(int year, String territory) {
        return "laureats-" + year + (territory == null || territory.isBlank() ? "" : "-" + territory.strip());
    }

    static ResponseEntity<byte[]> file(byte[] body, String type, String filename) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
    }
}
