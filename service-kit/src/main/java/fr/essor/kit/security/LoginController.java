package fr.essor.kit.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The French sign-in page; Spring Security processes the POST to {@code /login}. */
@Controller
public class LoginController {

    /** Spring Security comes back to {@code /login?error} after a failed sign-in and {@code /login?logout} after signing out. */
    @GetMapping("/login")
    public String login(HttpServletRequest request, Model model) {
        boolean failed = request.getParameterMap().containsKey("error");
        model.addAttribute("loginFailed", failed);
        model.addAttribute("loggedOut", request.getParameterMap().containsKey("logout"));
        model.addAttribute("loginError", failed ? "Identifiant ou mot de passe incorrect." : null);
        return "login";
    }
}
