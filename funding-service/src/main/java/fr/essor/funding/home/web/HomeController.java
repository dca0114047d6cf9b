package fr.essor.funding.home.web;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The service's home page: what it is for and where to go; an applicant's home is its own space (ADR-0016). */
@Controller
public class HomeController {

    private final CurrentActor currentActor;

    public HomeController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @GetMapping("/")
    public String home() {
        if (currentActor.find().map(Actor::isApplicantOnly).orElse(false)) {
            return "redirect:/espace-candidat";
        }
        return "home";
    }
}
