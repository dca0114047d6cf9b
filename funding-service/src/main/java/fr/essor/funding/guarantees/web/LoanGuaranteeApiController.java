package fr.essor.funding.guarantees.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.funding.guarantees.application.GuaranteeBook;
import fr.essor.funding.guarantees.application.LoanGuarantees;
import fr.essor.funding.guarantees.domain.LoanGuarantee;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The Département's loan guarantees: grant one, follow its outstanding principal and the exposure. */
@RestController
@RequestMapping(path = "/api/loan-guarantees", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Garanties d'emprunt", description = "Les garanties d'emprunt du Département aux structures de l'ESS")
class LoanGuaranteeApiController {

    private final GuaranteeBook book;
    private final LoanGuarantees guarantees;
    private final CurrentActor currentActor;

    LoanGuaranteeApiController(GuaranteeBook book, LoanGuarantees guarantees, CurrentActor currentActor) {
        this.book = book;
        this.guarantees = guarantees;
        this.currentActor = currentActor;
    }

    record Outstanding(@Schema(minimum = "0", maximum = "1000000000", description = "En euros, deux décimales au plus")
                       BigDecimal outstandingPrincipal,
                       @Schema(description = "Entre 1990-01-01 et 2100-12-31") LocalDate outstandingOn) {
    }

    /** The guarantees of one organisation (or all) and the Département's total exposure over them. */
    record Exposure(String organisationId, BigDecimal totalExposure, List<GuaranteeView> guarantees) {
    }

    @GetMapping
    @Operation(operationId = "listLoanGuarantees", summary = "Lister les garanties (d'une structure si organisation est donné) et l'exposition totale")
    Exposure list(@RequestParam(required = false) String organisation) {
        List<LoanGuarantee> found = organisation == null || organisation.isBlank() ? guarantees.all()
                : guarantees.ofOrganisation(organisation.strip());
        return new Exposure(organisation, LoanGuarantee.totalExposure(found),
                found.stream().map(GuaranteeView::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getLoanGuarantee", summary = "Lire une garantie")
    GuaranteeView read(@PathVariable String id) {
        return guarantees.find(id).map(GuaranteeView::of).orElseThrow(() -> notFound(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "grantLoanGuarantee", summary = "Accorder une garantie d'emprunt", description = "Publie loan-guarantee-granted.v1")
    @Created("L'adresse de la garantie d'emprunt accordée.")
    ResponseEntity<GuaranteeView> grant(@RequestBody GuaranteeBook.GrantRequest request) {
        GuaranteeView view = answer(book.grant(request, currentActor.current()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(view.id()).toUri()).body(view);
    }

    @PostMapping(path = "/{id}/outstanding", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordOutstandingLoan", summary = "Enregistrer le capital restant dû déclaré par le prêteur")
    GuaranteeView outstanding(@PathVariable String id, @RequestBody Outstanding request) {
        return answer(book.recordOutstanding(id, request.outstandingPrincipal(), request.outstandingOn(),
                currentActor.current()));
    }

    private static GuaranteeView answer(GuaranteeBook.Result result) {
        return switch (result) {
            case GuaranteeBook.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
            case GuaranteeBook.Unknown unknown -> throw notFound(unknown.id());
            case GuaranteeBook.Done done -> switch (done.outcome()) {
                case LoanGuarantee.Granted granted -> GuaranteeView.of(granted.guarantee());
                case LoanGuarantee.Updated updated -> GuaranteeView.of(updated.guarantee());
                case LoanGuarantee.Invalid invalid -> throw new InvalidCommandException(invalid.violations());
            };
        };
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Aucune garantie d'emprunt " + id + ".");
    }
}
