package fr.essor.kit.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a person had typed in a form posted after their session expired: kept in the new session, it is given back
 * once, on the form's page, after they signed in again (issue 11, « nothing typed is lost »). The page lists it and
 * {@code /essor/kept-form.js} puts it back in the form's fields. Never kept: the CSRF token, passwords, files.
 *
 * @param page   the page the form was on (path and query, of this service)
 * @param action the path the form was posted to, to find the form again on its page
 * @param fields what was typed, by field name, in the order of the form
 */
public record KeptSubmission(String page, String action, List<Field> fields) implements Serializable {

    static final String SESSION_ATTRIBUTE = KeptSubmission.class.getName();
    /** Beyond this, a submission is not a form a person typed in. */
    private static final int MOST_FIELDS = 300;
    private static final int MOST_CHARACTERS = 100_000;

    public record Field(String name, List<String> values) implements Serializable {
    }

    /** Keeps what the request carried for the page {@code page}; nothing when it carried nothing worth keeping. */
    public static void keep(HttpServletRequest request, String page) {
        List<Field> fields = new ArrayList<>();
        int characters = 0;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("_csrf") || lower.contains("password") || lower.contains("passe")) {
                continue;
            }
            List<String> values = List.of(parameter.getValue());
            characters += name.length() + values.stream().mapToInt(String::length).sum();
            fields.add(new Field(name, values));
        }
        if (fields.isEmpty() || fields.size() > MOST_FIELDS || characters > MOST_CHARACTERS) {
            return;
        }
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE,
                new KeptSubmission(page, request.getRequestURI(), List.copyOf(fields)));
    }

    /** The submission kept for the page this GET request asks for, taken from the session (it is given back once). */
    static Optional<KeptSubmission> takeFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !"GET".equals(request.getMethod())
                || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof KeptSubmission kept)) {
            return Optional.empty();
        }
        String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (!kept.page().equals(asked)) {
            return Optional.empty();
        }
        session.removeAttribute(SESSION_ATTRIBUTE);
        return Optional.of(kept);
    }
}
