package fr.essor.kit.security;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A minimal service built on the kit: an API, a page using the layout, a form, and a catch-all API error
 * handler like the kit's own problem advice: a {@code @PreAuthorize} refusal must still reach Spring Security
 * and be answered 403 (the kit's {@code SecurityExceptionsAdvice} sees to it), not turned into a 500.
 * No component scan: this package also holds the kit's own classes, which only the auto-configuration registers.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ SecurityTestApplication.PingApi.class, SecurityTestApplication.CatchAllApiErrors.class,
        SecurityTestApplication.Pages.class })
public class SecurityTestApplication {

    /** The writes of this little service: the DIEESS pings by POST and posts the form; nothing else is written. */
    @Bean
    WriteRules writeRules() {
        return WriteRules.builder()
                .allow(HttpMethod.POST, "/api/ping", Role.DIEESS)
                .allow(HttpMethod.POST, "/form", Role.DIEESS)
                .allowEpt(HttpMethod.PUT, "/api/territories/{territory}/opinion", Role.DJVA)
                .build();
    }

    @RestController
    static class PingApi {

        private final CurrentActor currentActor;

        PingApi(CurrentActor currentActor) {
            this.currentActor = currentActor;
        }

        @GetMapping("/api/ping")
        Map<String, String> ping() {
            return Map.of("pong", currentActor.current().username());
        }

        @PostMapping("/api/ping")
        Map<String, String> pingByPost() {
            return ping();
        }

        /** A write nobody declared a rule for. */
        @PostMapping("/api/unruled")
        Map<String, String> unruled() {
            return ping();
        }

        @PutMapping("/api/territories/{territory}/opinion")
        Map<String, String> opinion(@PathVariable String territory) {
            return Map.of("territory", territory);
        }

        @GetMapping("/api/actor")
        Actor actor() {
            return currentActor.current();
        }

        @GetMapping("/api/admin-only")
        @PreAuthorize("hasRole('ADMIN')")
        Map<String, String> adminOnly() {
            return Map.of("secret", "admin");
        }
    }

    @RestControllerAdvice
    static class CatchAllApiErrors {

        @ExceptionHandler(Exception.class)
        ProblemDetail unexpected(Exception e) {
            return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        }
    }

    @Controller
    static class Pages {

        @GetMapping("/")
        String page() {
            return "kit-test-page";
        }

        @GetMapping("/formulaire")
        String form(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean refused,
                    org.springframework.ui.Model model) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            if (refused) {
                errors.put("nom", "Le nom est trop court.");
                errors.put("action", "La structure est déjà enregistrée.");
            }
            model.addAttribute("errors", errors);
            return "kit-test-refused";
        }

        @PostMapping("/form")
        String submit() {
            return "redirect:/";
        }

        @PostMapping("/unruled-form")
        String unruled() {
            return "redirect:/";
        }
    }
}
