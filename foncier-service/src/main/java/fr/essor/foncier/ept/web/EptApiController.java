package fr.essor.foncier.ept.web;

import fr.essor.foncier.ept.application.TerritoryFeed;
import fr.essor.kit.problem.FieldViolation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The feeds of an EPT's systems: the premises needs and offers of its own territory, and their changes. Only an EPT
 * account reads them, and only for the territory it is bound to.
 */
@RestController
@RequestMapping(path = "/api/ept", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Flux des EPT", description = "Les offres et besoins de locaux du territoire d'un EPT, et leurs changements")
class EptApiController {

    static final int MAX_SIZE = 200;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TerritoryFeed feed;
    private final CurrentActor currentActor;

    EptApiController(TerritoryFeed feed, CurrentActor currentActor) {
        this.feed = feed;
        this.currentActor = currentActor;
    }

    @GetMapping("/offers")
    @Operation(summary = "Les offres de locaux situées sur le territoire de l'EPT, changées après since, par page")
    EptFeedViews.PageView<EptOfferView> offers(@RequestParam(required = false) String since,
                                               @RequestParam(defaultValue = "0") String page,
                                               @RequestParam(defaultValue = "50") String size) {
        String territory = territory();
        Paging paging = Paging.read(since, page, size, "size");
        return EptFeedViews.PageView.of(territory, feed.offers(territory, paging.since(), paging.page(),
                paging.size()), EptOfferView::of);
    }

    @GetMapping("/needs")
    @Operation(summary = "Les besoins de locaux qui concernent le territoire de l'EPT, changés après since, par page")
    EptFeedViews.PageView<EptNeedView> needs(@RequestParam(required = false) String since,
                                             @RequestParam(defaultValue = "0") String page,
                                             @RequestParam(defaultValue = "50") String size) {
        String territory = territory();
        Paging paging = Paging.read(since, page, size, "size");
        return EptFeedViews.PageView.of(territory, feed.needs(territory, paging.since(), paging.page(),
                paging.size()), EptNeedView::of);
    }

    @GetMapping("/changes")
    @Operation(summary = "Les changements des offres et besoins du territoire après since, du plus ancien au plus récent",
            description = "Relire ensuite avec since = next.")
    EptFeedViews.ChangesView changes(@RequestParam(required = false) String since,
                                     @RequestParam(defaultValue = "100") String limit) {
        String territory = territory();
        Paging paging = Paging.read(since, "0", limit, "limit");
        return EptFeedViews.ChangesView.of(territory, feed.changes(territory, paging.since(), paging.size()),
                paging.since());
    }

    private String territory() {
        Actor actor = currentActor.current();
        if (!actor.hasRole(Role.EPT) || actor.territory() == null) {
            throw new AccessDeniedException("Réservé aux comptes des établissements publics territoriaux (EPT).");
        }
        return actor.territory();
    }

    /** The query parameters of a feed, read strictly: anything unreadable is a 400 naming the parameter. */
    record Paging(Instant since, int page, int size) {

        static Paging read(String since, String page, String size, String sizeName) {
            List<FieldViolation> violations = new ArrayList<>();
            Instant from = since(since, violations);
            int number = number(page, "page", 0, Integer.MAX_VALUE / MAX_SIZE, violations);
            int count = number(size, sizeName, 1, MAX_SIZE, violations);
            if (!violations.isEmpty()) {
                throw new InvalidCommandException(violations);
            }
            return new Paging(from, number, count);
        }

        private static Instant since(String value, List<FieldViolation> violations) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return LocalDate.parse(value.trim()).atStartOfDay(PARIS).toInstant();
                } catch (DateTimeParseException notADate) {
                    violations.add(new FieldViolation("since", "since.format",
                            "since est un instant ISO 8601 (2026-11-28T09:00:00Z) ou une date (2026-11-28)."));
                    return null;
                }
            }
        }

        private static int number(String value, String name, int min, int max, List<FieldViolation> violations) {
            try {
                int parsed = Integer.parseInt(value.trim());
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            violations.add(new FieldViolation(name, name + ".range",
                    name + " est un entier entre " + min + " et " + max + "."));
            return min;
        }
    }
}
