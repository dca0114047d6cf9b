package fr.essor.kit.ui;

import java.util.List;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.WriteRules;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds the {@code layout} model attribute that {@code templates/layout.html} renders, and {@code may}: what the
 * signed-in person may post.
 */
@ControllerAdvice
public class LayoutAdvice {

    private final EssorServiceProperties service;
    private final EssorUiProperties ui;
    private final CurrentActor currentActor;
    private final ObjectProvider<WriteRules> writeRules;

    public LayoutAdvice(EssorServiceProperties service, EssorUiProperties ui, CurrentActor currentActor,
                        ObjectProvider<WriteRules> writeRules) {
        this.service = service;
        this.ui = ui;
        this.currentActor = currentActor;
        this.writeRules = writeRules;
    }

    /** What the signed-in person may post, for the page to offer only that ({@code ${may.post('/marches')}}). */
    @ModelAttribute("may")
    public PageOffers may() {
        return new PageOffers(currentActor.find().orElse(null), writeRules.getIfAvailable());
    }

    /**
     * What the person had typed in a form posted after their session expired, given back once on the form's page
     * ({@link KeptSubmission}); null on every other page.
     */
    @ModelAttribute("keptSubmission")
    public KeptSubmission keptSubmission(HttpServletRequest request) {
        return KeptSubmission.takeFor(request).orElse(null);
    }

    @ModelAttribute("layout")
    public Layout layout() {
        EssorUiProperties.Links links = ui.links();
        List<ServiceLink> services = List.of(
                link("roadmap", "Feuille de route", links.roadmap()),
                link("funding", "Financements", links.funding()),
                link("procurement", "Achats responsables", links.procurement()),
                link("foncier", "Foncier et pôle d'innovation", links.foncier()));
        SignedInUser user = currentActor.find().map(SignedInUser::of).orElse(null);
        // an applicant reaches only the applicants' pages: no link to the agents' services (ADR-0016)
        return new Layout(service.name(), service.title(), user != null && user.applicant() ? List.of() : services,
                user);
    }

    private ServiceLink link(String name, String label, String baseUrl) {
        String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new ServiceLink(name, label, url, name.equals(service.name()));
    }
}
