package fr.essor.funding.portal.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import fr.essor.funding.portal.application.ApplicantLinks;
import fr.essor.funding.portal.application.DocumentLocker;
import fr.essor.funding.portal.domain.DocumentFormat;
import fr.essor.funding.portal.domain.DocumentKind;
import fr.essor.funding.portal.domain.OrganisationLink;
import fr.essor.funding.portal.domain.PortalOutcome;
import fr.essor.funding.portal.domain.StoredDocument;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.ui.FrenchFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's documents, given once and reused by its applications (ADR-0016): the page of its applicant,
 * the upload (limits, format by content, antivirus), and the download for its applicant or an instructing agent.
 */
@Controller
class DocumentPageController {

    record DocumentRow(String id, String kind, String fileName, String size, String uploadedAt) {
    }

    record KindOption(String code, String label, boolean chosen) {
    }

    private final DocumentLocker locker;
    private final ApplicantLinks links;
    private final CurrentActor currentActor;

    DocumentPageController(DocumentLocker locker, ApplicantLinks links, CurrentActor currentActor) {
        this.locker = locker;
        this.links = links;
        this.currentActor = currentActor;
    }

    @GetMapping("/espace-candidat/structures/{organisationId}/pieces")
    String page(@PathVariable String organisationId, Model model) {
        Actor actor = currentActor.current();
        return page(actor, link(actor, organisationId), Map.of(), "", model);
    }

    @PostMapping("/espace-candidat/structures/{organisationId}/pieces")
    String upload(@PathVariable String organisationId, @RequestParam(name = "kind", defaultValue = "") String kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Actor actor = currentActor.current();
        OrganisationLink link = link(actor, organisationId);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return switch (locker.upload(actor, organisationId, kind, name, content)) {
            case PortalOutcome.Changed<StoredDocument> stored -> {
                redirect.addFlashAttribute("message", "Pièce enregistrée : " + stored.state().kind().label() + " ("
                        + stored.state().fileName() + ").");
                yield "redirect:/espace-candidat/structures/" + organisationId + "/pieces";
            }
            case PortalOutcome.Unchanged<StoredDocument> unchanged ->
                    "redirect:/espace-candidat/structures/" + organisationId + "/pieces";
            case PortalOutcome.Invalid<StoredDocument> invalid -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield page(actor, link, Map.of(invalid.field(), invalid.message()), kind, model);
            }
            case PortalOutcome.NotAllowedNow<StoredDocument> notNow -> {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                yield page(actor, link, Map.of("file", notNow.message()), kind, model);
            }
        };
    }

    /** The applicant's download; agents download the same document from {@code /pieces-justificatives/{id}}. */
    @GetMapping({ "/espace-candidat/pieces/{documentId}", "/pieces-justificatives/{documentId}" })
    ResponseEntity<byte[]> download(@PathVariable String documentId) {
        return switch (locker.read(currentActor.current(), documentId)) {
            case DocumentLocker.Granted granted -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(granted.document().format().mediaType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(granted.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
                            .toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(granted.content());
            case DocumentLocker.Refused refused -> throw new AccessDeniedException(
                    "Cette pièce est celle d'une structure à laquelle votre compte n'est pas rattaché.");
            case DocumentLocker.Unknown unknown -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable");
        };
    }

    private OrganisationLink link(Actor actor, String organisationId) {
        return links.ofAccount(actor).stream()
                .filter(l -> l.organisationId().equals(organisationId) && l.confirmed()).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable"));
    }

    /** The page, with the kind chosen before a refusal still chosen (only the file has to be given again). */
    private String page(Actor actor, OrganisationLink link, Map<String, String> errors, String chosenKind,
                        Model model) {
        List<StoredDocument> documents = locker.ofOrganisation(actor, link.organisationId());
        model.addAttribute("organisationName", link.organisationName());
        model.addAttribute("organisationId", link.organisationId());
        model.addAttribute("documents", documents.stream().map(d -> new DocumentRow(d.id(), d.kind().label(),
                d.fileName(), kilobytes(d.size()), FrenchFormat.dateTime(d.uploadedAt()))).toList());
        model.addAttribute("kinds", java.util.Arrays.stream(DocumentKind.values())
                .map(k -> new KindOption(k.name(), k.label(), k.name().equals(chosenKind))).toList());
        model.addAttribute("accepted", DocumentFormat.ACCEPTED);
        model.addAttribute("maxSize", (locker.maxBytes() / (1024 * 1024)) + " Mo");
        model.addAttribute("antivirusScans", locker.antivirusScans());
        model.addAttribute("errors", errors);
        return "portal/documents";
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024) + " Ko";
    }
}
