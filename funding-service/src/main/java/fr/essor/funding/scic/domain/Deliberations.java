package fr.essor.funding.scic.domain;

import fr.essor.kit.domain.Violation;

import java.util.List;

/** The reference of a deliberation of the Département's assembly, e.g. {@code CD-2025-11-18-0204}. */
final class Deliberations {

    private static final int MAX = 100;

    private Deliberations() {
    }

    static List<Violation> check(String field, String reference, boolean required) {
        String value = clean(reference);
        if (value == null) {
            return required ? List.of(new Violation(field, field + ".required",
                    "Indiquez la référence de la délibération.")) : List.of();
        }
        if (value.length() > MAX) {
            return List.of(new Violation(field, field + ".size",
                    "La référence de la délibération fait 100 caractères au plus."));
        }
        return List.of();
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
