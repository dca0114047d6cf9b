package fr.essor.funding.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationForm;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.Call;
import fr.essor.kit.domain.Violation;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.ReportFigures;
import fr.essor.funding.grants.application.AgreementPdf;
import fr.essor.funding.portal.application.ApplicantFiles;
import fr.essor.funding.portal.application.ApplicantGrants;
import fr.essor.funding.portal.application.ApplicantLinks;
import fr.essor.funding.portal.application.ApplicantContacts;
import fr.essor.funding.portal.application.DocumentLocker;
import fr.essor.funding.portal.application.InformationAnswers;
import fr.essor.funding.portal.application.OnlineApplications;
import fr.essor.funding.portal.domain.DocumentFormat;
import fr.essor.funding.portal.domain.DocumentKind;
import fr.essor.funding.portal.domain.ApplicationDraft;
import fr.essor.funding.portal.domain.DraftFields;
import fr.essor.funding.portal.domain.FileForApplicant;
import fr.essor.funding.portal.domain.OrganisationLink;
import fr.essor.funding.portal.domain.PortalOutcome;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import fr.essor.kit.ui.FrenchFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicants' space (ADR-0016): their organisations and the links to confirm, the open calls with their rules,
 * the drafts (saved at each step, found again at the next session), the submission, and the files they follow.
 */
@Controller
class PortalPageController {

    record LinkRow(String organisationName, String organisationId, String status, String note, boolean confirmed) {
    }

    record CallInfo(int year, String title, String opensOn, String closesOn, String duration, String themes,
                    String operatingEnvelope, String investmentEnvelope, List<String> criteria) {
    }

    record DraftRow(String id, String organisationName, int callYear, String title, String updatedAt) {
    }

    record FileRow(String id, String organisationName, int callYear, String title, String status, String channel) {
    }

    record CommuneOption(String insee, String label, boolean selected) {
    }

    record StepRow(String on, String what, String message, boolean fromApplicant, List<String> documents) {
    }

    record DocumentChoice(String code, String label, boolean chosen) {
    }

    private final ApplicantLinks links;
    private final OnlineApplications online;
    private final ApplicantFiles files;
    private final Calls calls;
    private final Communes communes;
    private final CurrentActor currentActor;
    private final InformationAnswers answers;
    private final DocumentLocker locker;
    private final ApplicantContacts contacts;
    private final ApplicantGrants grants;
    private final fr.essor.kit.documents.DocumentRenderer documents;

    PortalPageController(ApplicantLinks links, OnlineApplications online, ApplicantFiles files, Calls calls,
                         Communes communes, CurrentActor currentActor, InformationAnswers answers,
                         DocumentLocker locker, ApplicantContacts contacts, ApplicantGrants grants,
                         fr.essor.kit.documents.DocumentRenderer documents) {
        this.grants = grants;
        this.documents = documents;
        this.contacts = contacts;
        this.answers = answers;
        this.locker = locker;
        this.links = links;
        this.online = online;
        this.files = files;
        this.calls = calls;
        this.communes = communes;
        this.currentActor = currentActor;
    }

    @GetMapping("/espace-candidat")
    String home(Model model) {
        Actor actor = applicant();
        // the address the e-mail notifications go to (ADR-0018), as the provider gives it at each visit
        SignedInEmail.current().ifPresent(email -> contacts.remember(actor.username(), email));
        return home(actor, Map.of(), "", model);
    }

    @PostMapping("/espace-candidat/rattachements")
    String requestLink(@RequestParam(name = "identifier", defaultValue = "") String identifier, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = currentActor.current();
        if (actor.hasRole(Role.APPLICANT)) {
            SignedInEmail.current().ifPresent(email -> contacts.remember(actor.username(), email));
        }
        return switch (links.request(actor, identifier)) {
            case PortalOutcome.Changed<OrganisationLink> changed -> {
                redirect.addFlashAttribute("message", "Votre demande de rattachement à « "
                        + changed.state().organisationName() + " » est transmise : un agent du Département la "
                        + "confirmera.");
                yield "redirect:/espace-candidat";
            }
            case PortalOutcome.Unchanged<OrganisationLink> unchanged -> {
                redirect.addFlashAttribute("message", "Votre compte est déjà rattaché ou en attente de rattachement "
                        + "à « " + unchanged.state().organisationName() + " ».");
                yield "redirect:/espace-candidat";
            }
            case PortalOutcome.Invalid<OrganisationLink> invalid -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield home(actor, Map.of(invalid.field(), invalid.message()), identifier, model);
            }
            case PortalOutcome.NotAllowedNow<OrganisationLink> notNow -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                yield home(actor, Map.of("identifier", notNow.message()), identifier, model);
            }
        };
    }

    @PostMapping("/espace-candidat/brouillons")
    String start(@RequestParam(name = "organisationId", defaultValue = "") String organisationId,
                 @RequestParam(name = "callYear", defaultValue = "0") String callYear, Model model,
                 HttpServletResponse response) {
        Actor actor = currentActor.current();
        int year;
        try {
            year = Integer.parseInt(callYear.strip());
        } catch (NumberFormatException e) {
            year = 0;
        }
        return switch (online.start(actor, organisationId, year)) {
            case PortalOutcome.Changed<ApplicationDraft> changed ->
                    "redirect:/espace-candidat/brouillons/" + changed.state().id();
            case PortalOutcome.Unchanged<ApplicationDraft> unchanged ->
                    "redirect:/espace-candidat/brouillons/" + unchanged.state().id();
            case PortalOutcome.Invalid<ApplicationDraft> invalid -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield home(actor, Map.of("start", invalid.message()), "", model);
            }
            case PortalOutcome.NotAllowedNow<ApplicationDraft> notNow -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                yield home(actor, Map.of("start", notNow.message()), "", model);
            }
        };
    }

    @GetMapping("/espace-candidat/brouillons/{id}")
    String draft(@PathVariable String id, Model model) {
        Actor actor = applicant();
        ApplicationDraft draft = online.draft(actor, id).orElseThrow(PortalPageController::notFound);
        if (draft.submitted()) {
            return "redirect:/espace-candidat/dossiers/" + draft.applicationId();
        }
        return draftPage(draft, draft.fields(), Map.of(), model);
    }

    @PostMapping("/espace-candidat/brouillons/{id}")
    String saveOrSubmit(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = currentActor.current();
        DraftFields typed = DraftForm.read(params);
        PortalOutcome<ApplicationDraft> saved = online.save(actor, id, typed)
                .orElseThrow(PortalPageController::notFound);
        if (saved instanceof PortalOutcome.NotAllowedNow<ApplicationDraft>) {
            ApplicationDraft draft = online.draft(actor, id).orElseThrow(PortalPageController::notFound);
            return "redirect:/espace-candidat/dossiers/" + draft.applicationId();
        }
        ApplicationDraft draft = online.draft(actor, id).orElseThrow(PortalPageController::notFound);
        if (!"submit".equals(params.getFirst("action"))) {
            redirect.addFlashAttribute("message", "Brouillon enregistré le "
                    + FrenchFormat.dateTime(draft.updatedAt()) + " : vous pouvez le reprendre plus tard.");
            return "redirect:/espace-candidat/brouillons/" + id;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ApplicationForm form = DraftForm.toForm(typed, errors);
        Call call = calls.find(draft.callYear()).orElseThrow(PortalPageController::notFound);
        if (!errors.isEmpty()) {
            if (form.check(call, "", "", communes::find) instanceof ApplicationForm.Invalid invalid) {
                invalid.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return draftPage(draft, typed, errors, model);
        }
        OnlineApplications.Submission submission = online.submit(actor, id, form)
                .orElseThrow(PortalPageController::notFound);
        return switch (submission) {
            case OnlineApplications.Submitted submitted -> {
                redirect.addFlashAttribute("message", "Votre candidature est déposée sous le numéro "
                        + submitted.application().id() + ". Conservez ce numéro : il figure sur votre récépissé.");
                yield "redirect:/espace-candidat/dossiers/" + submitted.application().id();
            }
            case OnlineApplications.Refused refused -> {
                switch (refused.outcome()) {
                    case ApplicationOutcome.Invalid invalid -> {
                        for (Violation v : invalid.violations()) {
                            errors.putIfAbsent(v.field(), v.message());
                        }
                        response.setStatus(HttpStatus.BAD_REQUEST.value());
                    }
                    case ApplicationOutcome.NotAllowedNow notNow -> {
                        errors.put("call", notNow.message());
                        response.setStatus(HttpStatus.CONFLICT.value());
                    }
                    default -> {
                        errors.put("call", "La candidature n'a pas pu être déposée.");
                        response.setStatus(HttpStatus.CONFLICT.value());
                    }
                }
                yield draftPage(draft, typed, errors, model);
            }
            case OnlineApplications.NotPossible notPossible -> {
                errors.put("call", switch (notPossible.reason()) {
                    case PortalOutcome.NotAllowedNow<ApplicationDraft> n -> n.message();
                    case PortalOutcome.Invalid<ApplicationDraft> i -> i.message();
                    default -> "La candidature n'a pas pu être déposée.";
                });
                response.setStatus(HttpStatus.CONFLICT.value());
                yield draftPage(draft, typed, errors, model);
            }
        };
    }

    @GetMapping("/espace-candidat/dossiers/{id}")
    String file(@PathVariable String id, Model model) {
        Actor actor = applicant();
        Application application = switch (files.file(actor, id)) {
            case ApplicantFiles.Granted granted -> granted.application();
            case ApplicantFiles.Refused refused -> throw new AccessDeniedException(
                    "Ce dossier est celui d'une structure à laquelle votre compte n'est pas rattaché.");
            case ApplicantFiles.Unknown unknown -> throw notFound();
        };
        return filePage(actor, application, Map.of(), "", List.of(), model);
    }

    /**
     * The answer to the Département's request for information: a text, documents the organisation already gave and
     * optionally a new one (ADR-0016). A refused answer stores nothing and shows the page again with the French error.
     */
    @PostMapping("/espace-candidat/dossiers/{id}/reponse")
    String answer(@PathVariable String id, @RequestParam(name = "text", defaultValue = "") String text,
                  @RequestParam(name = "documentIds", required = false) List<String> documentIds,
                  @RequestParam(name = "kind", defaultValue = "") String kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
        // not applicant(): the write rules let ADMIN through the gate, and the file itself answers 404 or 403
        Actor actor = currentActor.current();
        List<String> chosen = documentIds == null ? List.of() : documentIds.stream().filter(d -> !d.isBlank()).toList();
        Optional<InformationAnswers.Upload> upload = file == null || file.isEmpty() ? Optional.empty()
                : Optional.of(new InformationAnswers.Upload(kind, file.getOriginalFilename() == null ? ""
                : file.getOriginalFilename(), file.getBytes()));
        return switch (answers.answer(actor, id, text, chosen, upload)) {
            case InformationAnswers.Answered answered -> {
                redirect.addFlashAttribute("message", "Votre réponse est transmise au Département.");
                yield "redirect:/espace-candidat/dossiers/" + id;
            }
            case InformationAnswers.Refused refused -> {
                response.setStatus(refused.notNow() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
                Application application = ((ApplicantFiles.Granted) files.file(actor, id)).application();
                // the kind of the new document stays chosen: only the file has to be given again
                model.addAttribute("answerKind", kind);
                yield filePage(actor, application, Map.of(refused.field(), refused.message()), text, chosen, model);
            }
            case InformationAnswers.NotTheirs notTheirs -> throw new AccessDeniedException(
                    "Ce dossier est celui d'une structure à laquelle votre compte n'est pas rattaché.");
            case InformationAnswers.Unknown unknown -> throw notFound();
        };
    }

    /** The agreement of the voted grant, as the DMTA prints it (PDF), for the organisation to read. */
    @GetMapping("/espace-candidat/dossiers/{id}/convention.pdf")
    org.springframework.http.ResponseEntity<byte[]> agreement(@PathVariable String id) {
        Actor actor = applicant();
        Application application = mine(actor, id);
        GrantFile grant = grants.grant(application).orElseThrow(PortalPageController::notFound);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"convention-" + id + ".pdf\"")
                .body(AgreementPdf.of(grant, documents));
    }

    /** « J'ai pris connaissance de la convention »: once; a second click changes nothing (ADR-0016). */
    @PostMapping("/espace-candidat/dossiers/{id}/convention/lecture")
    String acknowledge(@PathVariable String id, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        // not applicant(): the write rules let ADMIN through the gate, and the file itself answers 404 or 403
        Actor actor = currentActor.current();
        return grantResult(actor, id, grants.acknowledge(actor, id), "Merci : le Département sait que vous avez pris "
                + "connaissance de la convention.", model, response, redirect);
    }

    /**
     * The report (annual or final) with its figures and its document, submitted online; a refused report stores
     * nothing and the page shows the figures as typed with a French message next to each field.
     */
    @PostMapping("/espace-candidat/dossiers/{id}/compte-rendu")
    String report(@PathVariable String id, @RequestParam(name = "report", defaultValue = "") String report,
                  @RequestParam Map<String, String> params,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
        Actor actor = currentActor.current();
        ReportFiguresForm typed = ReportFiguresForm.of(params);
        model.addAttribute("reportValues", typed.values());
        Map<String, String> unreadable = new java.util.LinkedHashMap<>();
        ReportFigures figures = typed.figures(unreadable);
        if (!unreadable.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return filePage(actor, mine(actor, id), unreadable, "", List.of(), model);
        }
        Optional<ApplicantGrants.Upload> upload = file == null || file.isEmpty() ? Optional.empty()
                : Optional.of(new ApplicantGrants.Upload(file.getOriginalFilename() == null ? ""
                : file.getOriginalFilename(), file.getBytes()));
        return grantResult(actor, id, grants.submitReport(actor, id, report, figures, upload), "Votre compte rendu "
                + "est transmis au Département : il l'examine avant de débloquer le versement.", model, response,
                redirect);
    }

    private String grantResult(Actor actor, String id, ApplicantGrants.Result result, String success, Model model,
                               HttpServletResponse response, RedirectAttributes redirect) {
        return switch (result) {
            case ApplicantGrants.Done done -> {
                redirect.addFlashAttribute("message", success);
                yield "redirect:/espace-candidat/dossiers/" + id;
            }
            case ApplicantGrants.Unchanged unchanged -> {
                redirect.addFlashAttribute("message", unchanged.message());
                yield "redirect:/espace-candidat/dossiers/" + id;
            }
            case ApplicantGrants.Refused refused -> {
                response.setStatus(refused.notNow() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
                yield filePage(actor, mine(actor, id), refused.errors(), "", List.of(), model);
            }
            case ApplicantGrants.NotTheirs notTheirs -> throw new AccessDeniedException(
                    "Ce dossier est celui d'une structure à laquelle votre compte n'est pas rattaché.");
            case ApplicantGrants.Unknown unknown -> throw notFound();
        };
    }

    private Application mine(Actor actor, String id) {
        return switch (files.file(actor, id)) {
            case ApplicantFiles.Granted granted -> granted.application();
            case ApplicantFiles.Refused refused -> throw new AccessDeniedException(
                    "Ce dossier est celui d'une structure à laquelle votre compte n'est pas rattaché.");
            case ApplicantFiles.Unknown unknown -> throw notFound();
        };
    }

    private String filePage(Actor actor, Application application, Map<String, String> errors, String text,
                            List<String> chosen, Model model) {
        FileForApplicant file = FileForApplicant.of(application);
        model.addAttribute("grant", grants.grant(application).map(GrantForApplicantView::of).orElse(null));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("reportValues")) {
            model.addAttribute("reportValues", Map.of());
        }
        model.addAttribute("answerText", text);
        model.addAttribute("documents", locker.ofOrganisation(actor, application.details().organisationId()).stream()
                .map(d -> new DocumentChoice(d.id(), d.kind().label() + " — " + d.fileName() + " (déposée le "
                        + FrenchFormat.dateTime(d.uploadedAt()) + ")", chosen.contains(d.id()))).toList());
        model.addAttribute("kinds", java.util.Arrays.stream(DocumentKind.values())
                .map(k -> new DocumentChoice(k.name(), k.label(), false)).toList());
        model.addAttribute("maxSize", (locker.maxBytes() / (1024 * 1024)) + " Mo");
        model.addAttribute("accepted", DocumentFormat.ACCEPTED);
        model.addAttribute("file", file);
        model.addAttribute("organisationName", application.details().organisationName());
        model.addAttribute("submittedOn", FrenchFormat.date(application.submittedAt().atZone(PARIS).toLocalDate()));
        model.addAttribute("amount", FrenchFormat.euros(application.details().amounts().total()));
        model.addAttribute("steps", file.steps().stream().map(s -> new StepRow(
                FrenchFormat.date(s.at().atZone(PARIS).toLocalDate()), s.what(), s.message(), s.fromApplicant(),
                s.documents())).toList());
        return "portal/file";
    }

    /** The receipt of a submitted application, with its file number (PDF, the kit's document layout). */
    @GetMapping("/espace-candidat/dossiers/{id}/recepisse.pdf")
    org.springframework.http.ResponseEntity<byte[]> receipt(@PathVariable String id) {
        Actor actor = applicant();
        Application a = switch (files.file(actor, id)) {
            case ApplicantFiles.Granted granted -> granted.application();
            case ApplicantFiles.Refused refused -> throw new AccessDeniedException(
                    "Ce dossier est celui d'une structure à laquelle votre compte n'est pas rattaché.");
            case ApplicantFiles.Unknown unknown -> throw notFound();
        };
        byte[] pdf = ReceiptPdf.of(a, documents);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"recepisse-" + a.id() + ".pdf\"")
                .body(pdf);
    }

    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private String home(Actor actor, Map<String, String> errors, String identifier, Model model) {
        List<OrganisationLink> mine = links.ofAccount(actor);
        model.addAttribute("links", mine.stream().map(l -> new LinkRow(l.organisationName(), l.organisationId(),
                l.status().label(), l.note(), l.confirmed())).toList());
        model.addAttribute("confirmed", mine.stream().filter(OrganisationLink::confirmed).toList());
        model.addAttribute("calls", online.openCalls().stream().map(PortalPageController::callInfo).toList());
        List<ApplicationDraft> drafts = online.drafts(actor);
        model.addAttribute("drafts", drafts.stream().filter(d -> !d.submitted())
                .map(d -> new DraftRow(d.id(), d.organisationName(), d.callYear(),
                        d.fields().title().isBlank() ? "(projet sans titre)" : d.fields().title(),
                        FrenchFormat.dateTime(d.updatedAt()))).toList());
        model.addAttribute("files", files.mine(actor).stream().map(a -> new FileRow(a.id(),
                a.details().organisationName(), a.callYear(), a.details().title(),
                FileForApplicant.label(a.status()), a.channel().label())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("identifier", identifier);
        return "portal/home";
    }

    private String draftPage(ApplicationDraft draft, DraftFields fields, Map<String, String> errors, Model model) {
        Call call = calls.find(draft.callYear()).orElseThrow(PortalPageController::notFound);
        model.addAttribute("draft", draft);
        model.addAttribute("call", callInfo(call));
        model.addAttribute("twoYears", call.definition().twoYearApplications());
        model.addAttribute("themes", call.definition().themes());
        model.addAttribute("form", fields);
        model.addAttribute("communes", communes.all().stream().map(c -> new CommuneOption(c.inseeCode(),
                c.name() + " — " + c.territory().name() + " (" + c.territory().code() + ")",
                fields.selects(c.inseeCode()))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("savedAt", FrenchFormat.dateTime(draft.updatedAt()));
        return "portal/draft";
    }

    private static CallInfo callInfo(Call call) {
        var d = call.definition();
        return new CallInfo(d.year(), d.title(), FrenchFormat.date(d.opensOn()), FrenchFormat.date(d.closesOn()),
                d.twoYearApplications() ? "un ou deux ans" : "un an", String.join(", ", d.themes()),
                FrenchFormat.euros(d.operatingEnvelope()), FrenchFormat.euros(d.investmentEnvelope()),
                d.grid().criteria().stream().map(c -> c.label() + " (coefficient " + c.weight() + ")").toList());
    }

    /** The space is the applicants': an agent has no link to it and gets 403. */
    private Actor applicant() {
        Actor actor = currentActor.current();
        if (!actor.hasRole(Role.APPLICANT)) {
            throw new AccessDeniedException("Cet espace est celui des structures candidates.");
        }
        return actor;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable");
    }
}
