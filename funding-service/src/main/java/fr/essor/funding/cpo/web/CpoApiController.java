package fr.essor.funding.cpo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.apidocs.Created;
import fr.essor.funding.cpo.application.CpoAdministration;
import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The multi-year objectives agreements (CPO) API: draw up, sign, review each year, pay; the agreement as PDF. */
@RestController
@RequestMapping("/api/cpos")
@Tag(name = "CPO", description = "Conventions pluriannuelles d'objectifs : objectifs, bilans annuels, versements")
class CpoApiController {

    private static final String REFUSED_TO_EPT = " Refusé aux comptes EPT (403).";

    private final CpoAdministration administration;
    private final CurrentActor currentActor;
    private final DocumentRenderer documents;

    CpoApiController(CpoAdministration administration, CurrentActor currentActor,
                     DocumentRenderer documents) {
        this.administration = administration;
        this.currentActor = currentActor;
        this.documents = documents;
    }

    @GetMapping
    @Operation(operationId = "listCpos", summary = "Lister les conventions pluriannuelles d'objectifs (CPO)",
            description = "Lecture par les agents du Département." + REFUSED_TO_EPT)
    List<CpoView> list() {
        refuseTerritoryAccounts();
        return administration.all().stream().map(CpoView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCpo", summary = "Lire une CPO, ses objectifs, ses bilans et ses versements",
            description = "Lecture par les agents du Département." + REFUSED_TO_EPT)
    CpoView show(@PathVariable String id) {
        return CpoView.of(find(id));
    }

    @PostMapping
    @Operation(operationId = "createCpo", summary = "Établir une CPO (objectifs et montants par année)",
            description = "La direction pilote garde la CPO avec la DMTA." + REFUSED_TO_EPT)
    @Created("L'adresse de la CPO créée.")
    ResponseEntity<CpoView> create(@RequestBody CpoRequests.NewCpo request) {
        refuseTerritoryAccounts();
        Cpo cpo = CpoResults.cpoOrThrow(administration.draw(new CpoAdministration.Draft(request.organisation(),
                request.leadDirectorate(), request.title(), request.objectives(), request.years(),
                request.decisionReference(), request.decidedOn()), currentActor.current()));
        return ResponseEntity.created(URI.create("/api/cpos/" + cpo.id())).body(CpoView.of(cpo));
    }

    @GetMapping("/{id}/agreement.pdf")
    @Operation(operationId = "cpoAgreementPdf", summary = "Télécharger la convention de la CPO (PDF)",
            description = "Lecture par les agents du Département." + REFUSED_TO_EPT)
    ResponseEntity<byte[]> agreement(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"convention-" + id + ".pdf\"")
                .body(CpoAgreementPdf.of(find(id), documents));
    }

    @PostMapping("/{id}/signature")
    @Operation(operationId = "signCpo", summary = "Enregistrer la signature de la CPO")
    CpoView sign(@PathVariable String id, @RequestBody CpoRequests.Signature request) {
        return CpoView.of(CpoResults.cpoOrThrow(administration.sign(id, request.signedOn(), currentActor.current())));
    }

    @PostMapping("/{id}/reviews")
    @Operation(operationId = "reviewCpo", summary = "Enregistrer le bilan annuel d'une CPO (favorable ou non)")
    CpoView review(@PathVariable String id, @RequestBody CpoRequests.Review request) {
        List<Violation> missing = new ArrayList<>();
        if (request.year() == null) {
            missing.add(new Violation("year", "year.required", "Indiquez l'année évaluée."));
        }
        if (request.favourable() == null) {
            missing.add(new Violation("favourable", "favourable.required",
                    "Indiquez si le bilan est favorable."));
        }
        if (!missing.isEmpty()) {
            throw new InvalidCommandException(missing);
        }
        return CpoView.of(CpoResults.cpoOrThrow(administration.review(id, request.year(), request.reviewedOn(),
                request.favourable(), request.comment(), currentActor.current())));
    }

    @PostMapping("/{id}/payments")
    @Operation(operationId = "payCpo", summary = "Enregistrer le versement d'une échéance de la CPO")
    CpoView pay(@PathVariable String id, @RequestBody CpoRequests.PaymentRequest request) {
        if (request.instalment() == null) {
            throw new InvalidCommandException(List.of(new Violation("instalment", "instalment.required",
                    "Indiquez l'échéance versée.")));
        }
        return CpoView.of(CpoResults.cpoOrThrow(administration.pay(id, request.instalment(), request.amount(),
                request.paidOn(), currentActor.current())));
    }

    private Cpo find(String id) {
        refuseTerritoryAccounts();
        return administration.find(id).orElseThrow(() -> CpoResults.unknown(id));
    }

    private void refuseTerritoryAccounts() {
        if (currentActor.current().hasRole(Role.EPT) && !currentActor.current().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Les conventions pluriannuelles sont réservées aux agents du Département.");
        }
    }
}
