package fr.essor.roadmap.directory.web;

import fr.essor.kit.problem.NotFoundException;
import fr.essor.roadmap.directory.application.Dealings;
import fr.essor.roadmap.directory.application.Directory;
import fr.essor.roadmap.directory.domain.DirectoryEntry;
import fr.essor.roadmap.directory.domain.DirectoryFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The consolidated directory of ESS organisations, read-only: it is built from the other services' facts. */
@RestController
@RequestMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Annuaire 360°", description = "Les structures de l'ESS connues des services du Département")
class DirectoryApiController {

    private final Directory directory;
    private final Dealings dealings;

    DirectoryApiController(Directory directory, Dealings dealings) {
        this.directory = directory;
        this.dealings = dealings;
    }

    @GetMapping("/{siretOrRna}")
    @Operation(operationId = "readDirectoryEntry", summary = "Une structure, son EPT, les services qui la connaissent dans quel rôle, et sa vue 360° : "
            + "subventions, participation en SCIC, marchés remportés, locaux, occupation du pôle")
    DirectoryEntryView read(@PathVariable String siretOrRna) {
        return directory.findByIdentifier(siretOrRna).map(entry -> DirectoryEntryView.of(entry,
                dealings.of(entry.identifiers()))).orElseThrow(() ->
                new NotFoundException("Aucune structure connue sous l'identifiant " + siretOrRna + "."));
    }

    @GetMapping
    @Operation(operationId = "searchDirectory", summary = "Lister les structures, filtrées par EPT, commune, forme juridique, agrément ESUS")
    List<DirectoryEntryView> search(@RequestParam(required = false) String territory,
                                    @RequestParam(required = false) String commune,
                                    @RequestParam(required = false) String legalForm,
                                    @RequestParam(required = false) Boolean esus,
                                    @RequestParam(defaultValue = "200") int limit) {
        List<DirectoryEntry> entries = directory.search(new DirectoryFilter(territory, commune, legalForm, esus),
                Math.clamp(limit, 1, 1000));
        return entries.stream().map(DirectoryEntryView::of).toList();
    }
}
