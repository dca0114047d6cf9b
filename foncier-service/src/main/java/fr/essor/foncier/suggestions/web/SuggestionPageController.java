package fr.essor.foncier.suggestions.web;

import fr.essor.foncier.suggestions.application.GrowthSuggestions;
import fr.essor.foncier.suggestions.application.SuggestionDesk;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cell's page of growing organisations: open a need for one, or dismiss it. */
@Controller
class SuggestionPageController {

    private static final int LIMIT = 200;

    private final GrowthSuggestions suggestions;
    private final SuggestionDesk desk;
    private final SuggestionReaders readers;

    SuggestionPageController(GrowthSuggestions suggestions, SuggestionDesk desk, SuggestionReaders readers) {
        this.suggestions = suggestions;
        this.desk = desk;
        this.readers = readers;
    }

    @GetMapping("/suggestions")
    String list(Model model) {
        readers.reader();
        model.addAttribute("rows", suggestions.open(LIMIT).stream().map(SuggestionRow::of).toList());
        model.addAttribute("dismissed", suggestions.dismissed(LIMIT).stream().map(SuggestionRow::of).toList());
        model.addAttribute("mayWrite", readers.canDismiss());
        return "suggestions/list";
    }

    @PostMapping("/suggestions/{id}/ecarter")
    String dismiss(@PathVariable String id, RedirectAttributes redirect) {
        String by = readers.dismisser();
        String message = switch (desk.dismiss(id, by)) {
            case SuggestionDesk.Done done -> "La suggestion pour « " + done.suggestion().award().organisationName()
                    + " » est écartée.";
            case SuggestionDesk.AlreadyDismissed already -> "Cette suggestion avait déjà été écartée par "
                    + already.suggestion().dismissedBy() + ".";
            case SuggestionDesk.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        redirect.addFlashAttribute("message", message);
        return "redirect:/suggestions";
    }
}
