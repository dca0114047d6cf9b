package fr.essor.funding.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.essor.funding.aaa.application.Agents;
import fr.essor.funding.portal.application.ApplicantLinks;
import fr.essor.funding.portal.domain.OrganisationLink;
import fr.essor.funding.portal.domain.PortalOutcome;
import fr.essor.kit.organisations.application.CompanyRegistry;
import fr.essor.kit.reference.Commune;
import fr.essor.kit.reference.Communes;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.ui.FrenchFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agents' page where the links asked by applicants are confirmed or refused (ADR-0016). */
@Controller
class LinkConfirmationPageController {

    /** {@code registry}: what the national company registry says, in French; {@code closed} when it says closed. */
    record WaitingLink(String id, String account, String organisationName, String organisationId,
                       String requestedAt, String registry, boolean closed) {
    }

    private final ApplicantLinks links;
    private final CurrentActor currentActor;
    private final Communes communes;

    LinkConfirmationPageController(ApplicantLinks links, CurrentActor currentActor, Communes communes) {
        this.links = links;
        this.currentActor = currentActor;
        this.communes = communes;
    }

    @GetMapping("/rattachements")
    String waiting(Model model) {
        agent();
        return page(Map.of(), model);
    }

    @PostMapping("/rattachements/{id}/confirmation")
    String confirm(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, true, null, model, response, redirect);
    }

    @PostMapping("/rattachements/{id}/refus")
    String refuse(@PathVariable String id, @RequestParam(name = "reason", defaultValue = "") String reason, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, false, reason, model, response, redirect);
    }

    private String decide(String id, boolean confirm, String reason, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        Actor agent = agent();
        PortalOutcome<OrganisationLink> outcome = links.decide(id, confirm, reason, agent)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Introuvable"));
        return switch (outcome) {
            case PortalOutcome.Changed<OrganisationLink> changed -> {
                redirect.addFlashAttribute("message", (confirm ? "Rattachement confirmé : " : "Rattachement refusé : ")
                        + changed.state().account() + " pour « " + changed.state().organisationName() + " ».");
                yield "redirect:/rattachements";
            }
            case PortalOutcome.Unchanged<OrganisationLink> unchanged -> "redirect:/rattachements";
            case PortalOutcome.Invalid<OrganisationLink> invalid -> {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                yield page(Map.of("reason-" + id, invalid.message()), model);
            }
            case PortalOutcome.NotAllowedNow<OrganisationLink> notNow -> {
                response.setStatus(HttpStatus.CONFLICT.value());
                yield page(Map.of("page", notNow.message()), model);
            }
        };
    }

    private String page(Map<String, String> errors, Model model) {
        List<WaitingLink> waiting = new ArrayList<>();
        boolean reachable = true;
        for (OrganisationLink l : links.waiting()) {
            // once the registry did not answer, the page does not make the agent wait for it again
            CompanyRegistry.Lookup lookup = reachable ? links.registryFacts(l)
                    : new CompanyRegistry.Unreachable("skipped");
            reachable = !(lookup instanceof CompanyRegistry.Unreachable);
            waiting.add(new WaitingLink(l.id(), l.account(), l.organisationName(), l.organisationId(),
                    FrenchFormat.dateTime(l.requestedAt()), said(lookup),
                    lookup instanceof CompanyRegistry.Found found && !found.facts().active()));
        }
        model.addAttribute("waiting", waiting);
        model.addAttribute("registryEnabled", links.registryEnabled());
        model.addAttribute("errors", errors);
        return "portal/links";
    }

    private String said(CompanyRegistry.Lookup lookup) {
        return switch (lookup) {
            case CompanyRegistry.Found found -> {
                CompanyRegistry.CompanyFacts facts = found.facts();
                String commune = communes.find(facts.communeInsee()).map(Commune::name)
                        .orElse(facts.communeInsee() == null ? "commune non précisée"
                                : "commune " + facts.communeInsee());
                yield (facts.name() == null ? "Nom non diffusé" : facts.name()) + " — "
                        + (facts.active() ? "en activité" : "établissement fermé") + " — " + commune;
            }
            case CompanyRegistry.NotFound notFound -> notFound.siret() == null
                    ? "Pas de SIRET : le répertoire national n'est pas consulté."
                    : "Inconnue du répertoire national sous ce SIRET.";
            case CompanyRegistry.Unreachable unreachable -> "Répertoire national injoignable pour le moment.";
            case CompanyRegistry.Off off -> "Répertoire national non consulté (installation hors ligne).";
        };
    }

    private Actor agent() {
        Actor actor = currentActor.current();
        if (!Agents.mayEnterApplications(actor)) {
            throw new AccessDeniedException("Seuls les agents des directions instructrices confirment un rattachement.");
        }
        return actor;
    }
}
