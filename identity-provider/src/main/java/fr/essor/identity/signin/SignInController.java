package fr.essor.identity.signin;

import fr.essor.identity.IdentityProviderProperties;
import fr.essor.identity.accounts.DemoAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The French sign-in page (Spring Security processes its POST) and the page a person lands on without a client. */
@Controller
class SignInController {

    private final IdentityProviderProperties properties;

    SignInController(IdentityProviderProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(required = false) String logout, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("lockMinutes", properties.lockout().duration().toMinutes());
        model.addAttribute("accounts", DemoAccounts.PEOPLE);
        return "login";
    }

    @GetMapping("/")
    String signedIn(Authentication authentication, Model model) {
        model.addAttribute("login", authentication.getName());
        return "signed-in";
    }
}
