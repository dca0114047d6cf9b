package fr.essor.kit.ui;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells a page it shows a refused submission, so its title starts with « Erreur : » (RGAA 11.10, WCAG 3.3.1): the
 * first thing a screen reader says after the page reloads. A page shows a refused submission when its model holds a
 * non-empty map of errors (the {@code errors} of a form, or any attribute named {@code …Errors}), a refusal
 * message ({@code error}) or a binding result with errors. Templates write their title as {@code th:text="${titlePrefix} + …"}.
 */
public final class FailedSubmission implements HandlerInterceptor {

    /** The model attribute a page's title starts with: « Erreur : » or nothing. */
    public static final String TITLE_PREFIX = "titlePrefix";

    static final String ERROR_PREFIX = "Erreur : ";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || !page.hasView() || isRedirect(page)) {
            return;
        }
        page.addObject(TITLE_PREFIX, showsErrors(page.getModel()) ? ERROR_PREFIX : "");
    }

    static boolean showsErrors(Map<String, Object> model) {
        for (Map.Entry<String, Object> attribute : model.entrySet()) {
            Object value = attribute.getValue();
            if (value instanceof BindingResult binding && binding.hasErrors()) {
                return true;
            }
            if (attribute.getKey().equals("error") && value instanceof String message && !message.isBlank()) {
                return true;
            }
            if (isErrorMap(attribute.getKey(), value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isErrorMap(String name, Object value) {
        boolean named = name.equals("errors") || name.endsWith("Errors");
        return named && value instanceof Map<?, ?> errors && !errors.isEmpty();
    }

    private static boolean isRedirect(ModelAndView page) {
        String viewName = page.getViewName();
        return viewName != null && (viewName.startsWith("redirect:") || viewName.startsWith("forward:"));
    }
}
