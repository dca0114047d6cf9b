package fr.essor.kit.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The French page a person sees around signing in, which happens at the platform's OpenID provider: after signing
 * out ({@code ?logout}), when the session expired ({@code ?expired}) or when the provider refused or could not be
 * reached ({@code ?error}). Its button starts the sign-in at the provider.
 */
@Controller
public class LoginController {

    @GetMapping("/login")
    public String login(HttpServletRequest request, Model model) {
        model.addAttribute("signInPath", EssorSecurityConfiguration.SIGN_IN_PATH);
        model.addAttribute("loginFailed", request.getParameterMap().containsKey("error"));
        model.addAttribute("loggedOut", request.getParameterMap().containsKey("logout"));
        model.addAttribute("sessionExpired", request.getParameterMap().containsKey("expired"));
        return "login";
    }
}
