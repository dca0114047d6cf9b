package fr.essor.roadmap.reviews.web;

import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.plan.application.ActionTracking;
import fr.essor.roadmap.plan.domain.ActionStatus;
import fr.essor.kit.domain.Violation;
import fr.essor.roadmap.plan.application.ActionText;
import fr.essor.roadmap.reviews.application.QuarterlyReviewing;
import fr.essor.roadmap.reviews.application.ReviewPack;
import fr.essor.roadmap.reviews.application.ReviewPacks;
import fr.essor.roadmap.reviews.domain.Quarter;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;
import fr.essor.roadmap.reviews.domain.ReviewOutcome;
import fr.essor.roadmap.reviews.domain.ReviewedAction;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quarterly reviews' pages: the list (and opening one), the review pack with consolidation and publication, each
 * action's update form for its lead directorates, and the pack as PDF and XLSX.
 */
@Controller
class ReviewPageController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QuarterlyReviewing reviewing;
    private final ReviewPacks packs;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final DocumentRenderer documents;

    ReviewPageController(QuarterlyReviewing reviewing, ReviewPacks packs, CurrentActor currentActor, Clock clock,
                         DocumentRenderer documents) {
        this.documents = documents;
        this.reviewing = reviewing;
        this.packs = packs;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/comites")
    String list(Model model) {
        return listPage(null, Map.of(), model);
    }

    @PostMapping("/comites")
    String open(@RequestParam(defaultValue = "") String quarter, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Optional<Quarter> chosen = Quarter.parse(quarter);
        if (chosen.isEmpty()) {
            return invalidList(quarter, Map.of("quarter", "Choisissez un trimestre."), model, response);
        }
        QuarterlyReviewing.Result result = reviewing.open(chosen.get(), actor());
        if (result instanceof QuarterlyReviewing.AlreadyOpened) {
            return invalidList(quarter, Map.of("quarter", "Le comité du " + chosen.get().label()
                    + " est déjà ouvert."), model, response);
        }
        ReviewOutcome outcome = ((QuarterlyReviewing.Done) result).outcome();
        return switch (outcome) {
            case ReviewOutcome.Changed changed -> {
                redirect.addFlashAttribute("message", "Le comité du " + chosen.get().label() + " est ouvert : "
                        + "les directions pilotes peuvent transmettre leurs mises à jour.");
                yield "redirect:/comites/" + changed.review().id();
            }
            case ReviewOutcome.Refused refused -> invalidList(quarter, errors(refused), model, response);
            case ReviewOutcome.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
            case ReviewOutcome.Missing missing -> throw notFound();
        };
    }

    @GetMapping("/comites/{id}")
    String show(@PathVariable String id, Model model) {
        return reviewPage(pack(id), null, model);
    }

    @PostMapping("/comites/{id}/consolidation")
    String consolidate(@PathVariable String id, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        return step(id, reviewing.consolidate(id, actor()), "Le comité est consolidé : les mises à jour sont closes.",
                model, response, redirect);
    }

    @PostMapping("/comites/{id}/publication")
    String publish(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, reviewing.publish(id, actor()), "Le comité est publié.", model, response, redirect);
    }

    @GetMapping("/comites/{id}/actions/{code}")
    String updateForm(@PathVariable String id, @PathVariable String code, Model model) {
        ReviewPack pack = pack(id);
        ReviewedAction action = pack.review().action(code).orElseThrow(ReviewPageController::notFound);
        if (!pack.review().canBeUpdatedBy(action, ActionTracking.editor(actor()))) {
            throw new AccessDeniedException("Seules les directions pilotes de l'action " + code
                    + ", la DIEESS et l'administration peuvent transmettre sa mise à jour.");
        }
        return updatePage(pack.review(), action, UpdateForm.of(action, pack.review().update(code)), Map.of(), model);
    }

    @PostMapping("/comites/{id}/actions/{code}")
    String submit(@PathVariable String id, @PathVariable String code, @ModelAttribute("form") UpdateForm form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UpdateForm.Parsed parsed = form.parse(code);
        QuarterlyReviewing.Result result = parsed.errors().isEmpty()
                ? reviewing.submit(id, parsed.request(), actor()) : null;
        if (result instanceof QuarterlyReviewing.Unknown) {
            throw notFound();
        }
        ReviewOutcome outcome = result == null ? null : ((QuarterlyReviewing.Done) result).outcome();
        if (outcome instanceof ReviewOutcome.Changed) {
            redirect.addFlashAttribute("message", "La mise à jour de l'action " + code + " est transmise.");
            return "redirect:/comites/" + id + "#action-" + code.replace('.', '-');
        }
        if (outcome instanceof ReviewOutcome.Forbidden forbidden) {
            throw new AccessDeniedException(forbidden.reason());
        }
        if (outcome instanceof ReviewOutcome.Missing) {
            throw notFound();
        }
        Map<String, String> errors = outcome instanceof ReviewOutcome.Refused refused ? errors(refused)
                : parsed.errors();
        QuarterlyReview review = pack(id).review();
        ReviewedAction action = review.action(code).orElseThrow(ReviewPageController::notFound);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return updatePage(review, action, form, errors, model);
    }

    @GetMapping("/comites/{id}/dossier.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return download(ReviewPdf.of(view(pack(id)), documents), MediaType.APPLICATION_PDF, "comite-" + id + ".pdf");
    }

    @GetMapping("/comites/{id}/dossier.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id) {
        return download(ReviewSpreadsheet.of(pack(id)), XLSX, "comite-" + id + ".xlsx");
    }

    private String step(String id, QuarterlyReviewing.Result result, String success, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        if (result instanceof QuarterlyReviewing.Unknown) {
            throw notFound();
        }
        ReviewOutcome outcome = ((QuarterlyReviewing.Done) result).outcome();
        return switch (outcome) {
            case ReviewOutcome.Changed changed -> {
                redirect.addFlashAttribute("message", success);
                yield "redirect:/comites/" + id;
            }
            case ReviewOutcome.Refused refused -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield reviewPage(pack(id), refused.violations().stream().map(Violation::message)
                        .collect(Collectors.joining(" ")), model);
            }
            case ReviewOutcome.Forbidden forbidden -> throw new AccessDeniedException(forbidden.reason());
            case ReviewOutcome.Missing missing -> throw notFound();
        };
    }

    private String listPage(String chosen, Map<String, String> errors, Model model) {
        Actor actor = actor();
        List<QuarterlyReview> reviews = packs.all();
        Set<String> opened = reviews.stream().map(QuarterlyReview::id).collect(Collectors.toSet());
        List<Quarter> openable = new ArrayList<>();
        Quarter quarter = Quarter.of(LocalDate.now(clock.withZone(FrenchFormat.PARIS)));
        for (int i = 0; i < 4; i++, quarter = quarter.previous()) {
            if (!opened.contains(quarter.id())) {
                openable.add(quarter);
            }
        }
        model.addAttribute("reviews", reviews.stream().map(ReviewRow::of).toList());
        model.addAttribute("openable", openable);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("steering", actor.hasAnyRole(Role.DIEESS, Role.ADMIN));
        return "reviews/list";
    }

    private String invalidList(String chosen, Map<String, String> errors, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return listPage(chosen, errors, model);
    }

    private String reviewPage(ReviewPack pack, String error, Model model) {
        Actor actor = actor();
        model.addAttribute("review", view(pack));
        model.addAttribute("steering", actor.hasAnyRole(Role.DIEESS, Role.ADMIN));
        model.addAttribute("error", error);
        return "reviews/show";
    }

    private String updatePage(QuarterlyReview review, ReviewedAction action, UpdateForm form,
                              Map<String, String> errors, Model model) {
        model.addAttribute("reviewId", review.id());
        model.addAttribute("reviewTitle", "Comité de suivi du " + review.quarter().label());
        model.addAttribute("open", review.status() == fr.essor.roadmap.reviews.domain.ReviewStatus.OPEN);
        model.addAttribute("action", action);
        model.addAttribute("leads", ActionText.directorates(action.leadDirectorates()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", Arrays.asList(ActionStatus.values()));
        return "reviews/update";
    }

    private ReviewPage view(ReviewPack pack) {
        var editor = ActionTracking.editor(actor());
        return ReviewPage.of(pack, action -> pack.review().canBeUpdatedBy(action, editor));
    }

    private ReviewPack pack(String id) {
        return packs.pack(id).orElseThrow(ReviewPageController::notFound);
    }

    private Actor actor() {
        return currentActor.current();
    }

    private static Map<String, String> errors(ReviewOutcome.Refused refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.violations().forEach(v -> errors.putIfAbsent(v.field(), v.message()));
        return errors;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Comité inconnu");
    }
}
