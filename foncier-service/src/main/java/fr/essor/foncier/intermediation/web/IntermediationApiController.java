package fr.essor.foncier.intermediation.web;

import fr.essor.kit.apidocs.Created;
import fr.essor.foncier.intermediation.application.IntermediationDesk;
import fr.essor.foncier.intermediation.application.Intermediations;
import fr.essor.foncier.intermediation.application.RenewalReviews;
import fr.essor.foncier.intermediation.domain.ClosureReason;
import fr.essor.foncier.intermediation.domain.Intermediation;
import fr.essor.foncier.intermediation.domain.LeaseEndReason;
import fr.essor.foncier.intermediation.domain.Participant;
import fr.essor.foncier.intermediation.domain.Partner;
import fr.essor.kit.domain.Violation;
import fr.essor.foncier.intermediation.web.IntermediationRequests.ClosureRequest;
import fr.essor.foncier.intermediation.web.IntermediationRequests.LeaseEndRequest;
import fr.essor.foncier.intermediation.web.IntermediationRequests.LeaseRequest;
import fr.essor.foncier.intermediation.web.IntermediationRequests.Note;
import fr.essor.foncier.intermediation.web.IntermediationRequests.PartnersRequest;
import fr.essor.foncier.intermediation.web.IntermediationRequests.Proposal;
import fr.essor.foncier.intermediation.web.IntermediationRequests.RenewalRequest;
import fr.essor.foncier.intermediation.web.IntermediationRequests.VisitRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The intermediation workflow: propose a match, then contact, visits, negotiation, lease or closure. */
@RestController
@RequestMapping(path = "/api/intermediations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Mises en relation", description = "Le suivi des mises en relation jusqu'au bail")
class IntermediationApiController {

    private final IntermediationDesk desk;
    private final Intermediations intermediations;
    private final RenewalReviews renewals;
    private final CellMembers cell;

    IntermediationApiController(IntermediationDesk desk, Intermediations intermediations, RenewalReviews renewals,
                                CellMembers cell) {
        this.desk = desk;
        this.intermediations = intermediations;
        this.renewals = renewals;
        this.cell = cell;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "proposeIntermediation", summary = "Proposer une offre pour un besoin", description = "Publie match-proposed.v1")
    @Created("L'adresse de l'intermédiation proposée.")
    ResponseEntity<Intermediation> propose(@RequestBody Proposal request) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        if (request.needId() == null || request.needId().isBlank()) {
            refusals.add(new Violation("needId", "needId.required", "Indiquez le besoin."));
        }
        if (request.offerId() == null || request.offerId().isBlank()) {
            refusals.add(new Violation("offerId", "offerId.required", "Indiquez l'offre."));
        }
        Set<Partner> partners = IntermediationRequests.partners(request.partners(), refusals);
        check(refusals);
        Intermediation proposed = IntermediationProblems.result(desk.propose(request.needId(), request.offerId(),
                partners, request.note(), agent));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(proposed.id()).toUri()).body(proposed);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getIntermediation", summary = "Lire une mise en relation, son historique et les étapes permises")
    Intermediation read(@PathVariable String id) {
        cell.reader();
        return intermediations.find(id).orElseThrow(() -> IntermediationProblems.notFound(id));
    }

    @GetMapping
    @Operation(operationId = "searchIntermediations", summary = "Les mises en relation d'un besoin ou d'une offre, ou les plus récentes")
    List<Intermediation> search(@RequestParam(required = false) String needId,
                                @RequestParam(required = false) String offerId) {
        cell.reader();
        if (needId != null && !needId.isBlank()) {
            return intermediations.ofNeed(needId.trim());
        }
        if (offerId != null && !offerId.isBlank()) {
            return intermediations.ofOffer(offerId.trim());
        }
        return intermediations.latest(200);
    }

    @GetMapping("/renewals")
    @Operation(operationId = "listRenewals", summary = "Les baux qui s'achèvent dans les six mois : revue de renouvellement")
    List<Intermediation> renewals() {
        cell.reader();
        return renewals.due();
    }

    @PostMapping(path = "/{id}/contact", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordContact", summary = "Noter la prise de contact")
    Intermediation contact(@PathVariable String id, @RequestBody Note request) {
        return IntermediationProblems.result(desk.recordContact(id, request.note(), cell.writer()));
    }

    @PostMapping(path = "/{id}/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordVisit", summary = "Noter une visite (date, participants par rôle, retour)")
    Intermediation visit(@PathVariable String id, @RequestBody VisitRequest request) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        LocalDate date = IntermediationRequests.date("date", request.date(), refusals);
        Set<Participant> participants = IntermediationRequests.participants(request.participants(), refusals);
        check(refusals);
        return IntermediationProblems.result(desk.recordVisit(id, date, participants, request.feedback(), agent));
    }

    @PostMapping(path = "/{id}/negotiation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "startNegotiation", summary = "Ouvrir la négociation")
    Intermediation negotiation(@PathVariable String id, @RequestBody Note request) {
        return IntermediationProblems.result(desk.startNegotiation(id, request.note(), cell.writer()));
    }

    @PostMapping(path = "/{id}/lease", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "signLease", summary = "Enregistrer le bail signé", description = "Publie lease-signed.v1 ; le besoin passe "
            + "Satisfait et l'offre Louée")
    Intermediation lease(@PathVariable String id, @RequestBody LeaseRequest request) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        LocalDate start = IntermediationRequests.date("startDate", request.startDate(), refusals);
        LocalDate end = IntermediationRequests.date("endDate", request.endDate(), refusals);
        check(refusals);
        return IntermediationProblems.result(desk.signLease(id, start, end, request.surface(),
                request.annualRent(), agent));
    }

    @PostMapping(path = "/{id}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "closeIntermediation", summary = "Clore sans bail, avec la raison")
    Intermediation close(@PathVariable String id, @RequestBody ClosureRequest request) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        ClosureReason reason = IntermediationRequests.reason(request.reason(), refusals);
        check(refusals);
        return IntermediationProblems.result(desk.close(id, reason, request.note(), agent));
    }

    @PostMapping(path = "/{id}/lease/renewal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "renewLease", summary = "Renouveler le bail signé jusqu'à une nouvelle date de fin (issue de la revue de "
            + "renouvellement)")
    Intermediation renew(@PathVariable String id, @RequestBody RenewalRequest request) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        LocalDate newEnd = IntermediationRequests.date("newEndDate", request.newEndDate(), refusals);
        check(refusals);
        return IntermediationProblems.result(desk.renewLease(id, newEnd, request.note(), agent));
    }

    @PostMapping(path = "/{id}/lease/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enregistrer la fin du bail, à l'échéance ou par anticipation", description = "Publie "
            + "lease-ended.v1 ; l'offre redevient Disponible")
    Intermediation endLease(@PathVariable String id, @RequestBody LeaseEndRequest request) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        LocalDate endedOn = IntermediationRequests.date("endedOn", request.endedOn(), refusals);
        LeaseEndReason reason = IntermediationRequests.endReason(request.reason(), refusals);
        check(leaseEndFields(refusals));
        IntermediationDesk.Outcome outcome = desk.endLease(id, endedOn, reason, request.note(), agent);
        if (outcome instanceof IntermediationDesk.Rejected rejected) {
            outcome = new IntermediationDesk.Rejected(leaseEndFields(rejected.refusals()));
        }
        return IntermediationProblems.result(outcome);
    }

    /** The page's form names them endReason and endNote; the API's body, reason and note (codes kept). */
    private static List<Violation> leaseEndFields(List<Violation> refusals) {
        return refusals.stream().map(r -> switch (r.field()) {
            case "endReason" -> new Violation("reason", r.code(), r.message());
            case "endNote" -> new Violation("note", r.code(), r.message());
            default -> r;
        }).toList();
    }

    @PutMapping(path = "/{id}/partners", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "setPartners", summary = "Désigner les partenaires de la cellule qui suivent la mise en relation")
    Intermediation partners(@PathVariable String id, @RequestBody PartnersRequest request) {
        String agent = cell.writer();
        List<Violation> refusals = new ArrayList<>();
        Set<Partner> partners = IntermediationRequests.partners(request.partners(), refusals);
        check(refusals);
        return IntermediationProblems.result(desk.assignPartners(id, partners, agent));
    }

    private static void check(List<Violation> refusals) {
        if (!refusals.isEmpty()) {
            throw IntermediationProblems.refused(refusals);
        }
    }
}
