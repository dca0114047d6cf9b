package fr.essor.funding.grants.web;

import fr.essor.funding.grants.application.AgreementPdf;
import fr.essor.funding.grants.application.GrantAdministration;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.Trigger;
import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

import java.util.List;

/**
 * The grant file of a granted application: the agreement (PDF), its signature, the reports and the payments. Each
 * payment publishes payment-made.v1; the application follows (AGREEMENT_SIGNED, IN_PAYMENT, SETTLED).
 */
@RestController
@RequestMapping(path = "/api/grants", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Subventions", description = "Convention, échéancier, comptes rendus et versements")
class GrantApiController {

    private final GrantAdministration administration;
    private final CurrentActor currentActor;
    private final DocumentRenderer documents;

    GrantApiController(GrantAdministration administration, CurrentActor currentActor,
                       DocumentRenderer documents) {
        this.administration = administration;
        this.currentActor = currentActor;
        this.documents = documents;
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getGrant", summary = "Lire le dossier de subvention (lecture de la convention par la structure, échéancier, versements, comptes rendus transmis en ligne avec leurs montants)")
    GrantFileView read(@PathVariable String id) {
        return GrantFileView.of(file(id));
    }

    @GetMapping(path = "/{id}/agreement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "grantAgreementPdf", summary = "Télécharger la convention (PDF)")
    ResponseEntity<byte[]> agreement(@PathVariable String id) {
        GrantFile file = file(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"convention-" + id + ".pdf\"")
                .body(AgreementPdf.of(file, documents));
    }

    @PostMapping(path = "/{id}/signature", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "signGrantAgreement", summary = "Enregistrer la signature de la convention (DMTA, ADMIN)")
    GrantFileView sign(@PathVariable String id, @RequestBody GrantRequests.Signature request) {
        return GrantFileView.of(GrantResults.fileOrThrow(administration.sign(id, request.signedOn(),
                currentActor.current())));
    }

    @PostMapping(path = "/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordGrantReport", summary = "Enregistrer un compte rendu reçu (ANNUAL_REPORT, FINAL_REPORT)")
    GrantFileView report(@PathVariable String id, @RequestBody GrantRequests.Report request) {
        Trigger report = "ANNUAL_REPORT".equals(request.report()) ? Trigger.ANNUAL_REPORT
                : "FINAL_REPORT".equals(request.report()) ? Trigger.FINAL_REPORT : null;
        if (report == null) {
            throw new InvalidCommandException(List.of(new Violation("report", "report.unknown",
                    "Compte rendu inconnu : « " + request.report() + " » (ANNUAL_REPORT ou FINAL_REPORT).")));
        }
        return GrantFileView.of(GrantResults.fileOrThrow(administration.receiveReport(id, report,
                request.receivedOn(), currentActor.current())));
    }

    @PostMapping(path = "/{id}/reports/{number}/acceptance")
    @Operation(operationId = "acceptGrantReport", summary = "Accepter un compte rendu transmis en ligne (débloque son échéance ; publie grant-report-reviewed.v1)")
    GrantFileView accept(@PathVariable String id, @PathVariable int number) {
        return GrantFileView.of(GrantResults.fileOrThrow(administration.acceptReport(id, number,
                currentActor.current())));
    }

    @PostMapping(path = "/{id}/reports/{number}/refusal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "refuseGrantReport", summary = "Refuser un compte rendu transmis en ligne, avec le motif lu par la structure (publie grant-report-reviewed.v1)")
    GrantFileView refuse(@PathVariable String id, @PathVariable int number,
                         @RequestBody GrantRequests.ReportRefusal request) {
        return GrantFileView.of(GrantResults.fileOrThrow(administration.refuseReport(id, number, request.reason(),
                currentActor.current())));
    }

    @PostMapping(path = "/{id}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "payGrant", summary = "Enregistrer un versement sur une échéance (publie payment-made.v1)")
    GrantFileView pay(@PathVariable String id, @RequestBody GrantRequests.PaymentRequest request) {
        if (request.instalment() == null) {
            throw new InvalidCommandException(List.of(new Violation("instalment", "instalment.required",
                    "Indiquez l'échéance versée.")));
        }
        return GrantFileView.of(GrantResults.fileOrThrow(administration.pay(id, request.instalment(),
                request.amount(), request.paidOn(), currentActor.current())));
    }

    private GrantFile file(String id) {
        if (currentActor.current().hasRole(Role.EPT)) {
            throw new AccessDeniedException("Les dossiers de subvention sont réservés aux agents du Département.");
        }
        return administration.file(id).orElseThrow(() -> GrantResults.noGrant(id));
    }
}
