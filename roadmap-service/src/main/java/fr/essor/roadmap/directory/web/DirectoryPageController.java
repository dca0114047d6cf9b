package fr.essor.roadmap.directory.web;

import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.directory.application.Dealings;
import fr.essor.roadmap.directory.application.Directory;
import fr.essor.roadmap.directory.domain.DirectoryEntry;
import fr.essor.roadmap.directory.domain.DirectoryFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/** The directory pages of the roadmap UI: the filtered list and one organisation's page. */
@Controller
class DirectoryPageController {

    private static final int PAGE_LIMIT = 500;

    private final Directory directory;
    private final Dealings dealings;
    private final Communes communes;
    private final Clock clock;

    DirectoryPageController(Directory directory, Dealings dealings, Communes communes, Clock clock) {
        this.directory = directory;
        this.dealings = dealings;
        this.communes = communes;
        this.clock = clock;
    }

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) String territory, @RequestParam(required = false) String commune,
                @RequestParam(required = false) String legalForm, @RequestParam(required = false) String esus,
                Model model) {
        DirectoryFilter filter = new DirectoryFilter(blankToNull(territory), blankToNull(commune),
                blankToNull(legalForm), esus == null || esus.isBlank() ? null : Boolean.valueOf(esus));
        model.addAttribute("filter", filter);
        model.addAttribute("entries", directory.search(filter, PAGE_LIMIT).stream().map(DirectoryRow::of).toList());
        model.addAttribute("territories", communes.territories());
        model.addAttribute("communes", communes.all());
        model.addAttribute("legalForms", Arrays.asList(LegalForm.values()));
        return "organisations/list";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable String id, Model model) {
        DirectoryEntry entry = directory.findByIdentifier(id).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "Structure inconnue"));
        model.addAttribute("entry", DirectoryRow.of(entry));
        model.addAttribute("dealings", DealingsPage.of(dealings.of(entry.identifiers()), communes,
                LocalDate.now(clock.withZone(FrenchFormat.PARIS))));
        return "organisations/show";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
