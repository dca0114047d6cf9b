package fr.essor.foncier.suggestions.web;

import fr.essor.foncier.suggestions.application.GrowthSuggestions;
import fr.essor.foncier.suggestions.application.SuggestionDesk;
import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The cell's growth suggestions: organisations funding just granted, which may soon need premises. */
@RestController
@RequestMapping(path = "/api/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Suggestions", description = "Structures qui grandissent : besoin de locaux ?")
class SuggestionApiController {

    private final GrowthSuggestions suggestions;
    private final SuggestionDesk desk;
    private final SuggestionReaders readers;

    SuggestionApiController(GrowthSuggestions suggestions, SuggestionDesk desk, SuggestionReaders readers) {
        this.suggestions = suggestions;
        this.desk = desk;
        this.readers = readers;
    }

    @GetMapping
    @Operation(operationId = "listSuggestions", summary = "Les suggestions ouvertes (ou écartées avec dismissed=true), les plus récentes d'abord")
    List<SuggestionView> list(@RequestParam(defaultValue = "false") boolean dismissed) {
        readers.reader();
        return (dismissed ? suggestions.dismissed(500) : suggestions.open(500)).stream().map(SuggestionView::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSuggestion", summary = "Lire une suggestion")
    SuggestionView read(@PathVariable String id) {
        readers.reader();
        return suggestions.find(id).map(SuggestionView::of).orElseThrow(() -> unknown(id));
    }

    @PostMapping("/{id}/dismissal")
    @Operation(operationId = "dismissSuggestion", summary = "Écarter une suggestion (qui et quand sont enregistrés)")
    SuggestionView dismiss(@PathVariable String id) {
        String by = readers.dismisser();
        return switch (desk.dismiss(id, by)) {
            case SuggestionDesk.Done done -> SuggestionView.of(done.suggestion());
            case SuggestionDesk.AlreadyDismissed already -> throw new ConflictException("La suggestion " + id
                    + " a déjà été écartée par " + already.suggestion().dismissedBy() + ".");
            case SuggestionDesk.Unknown unknown -> throw unknown(id);
        };
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("Aucune suggestion " + id + ".");
    }
}
