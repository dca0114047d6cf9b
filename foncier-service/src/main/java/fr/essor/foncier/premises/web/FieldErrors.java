package fr.essor.foncier.premises.web;

import fr.essor.kit.domain.Violation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The French messages of a refused form, by field, each shown next to its field (several joined in one). */
final class FieldErrors {

    private FieldErrors() {
    }

    static Map<String, String> of(List<Violation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation violation : violations) {
            errors.merge(violation.field(), violation.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
