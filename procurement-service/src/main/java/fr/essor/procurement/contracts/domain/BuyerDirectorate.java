package fr.essor.procurement.contracts.domain;

import fr.essor.kit.domain.Violation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sigle of a buying directorate (DBL, DIEESS, …), as contracts, planned purchases and sourcing needs name it:
 * one rule and one message for all three forms.
 */
public final class BuyerDirectorate {

    /** The shape of a sigle, as a request body states it (in capitals). */
    public static final String PATTERN = "[A-Z][A-Z0-9-]{1,19}";
    private static final Pattern SIGLE = Pattern.compile("^" + PATTERN + "$");

    private BuyerDirectorate() {
    }

    /** The violation of a typed sigle (blank, or not a sigle once upper-cased), empty when it is one. */
    public static Optional<Violation> violation(String typed) {
        String value = typed == null || typed.isBlank() ? null : typed.trim();
        if (value != null && SIGLE.matcher(value.toUpperCase()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Violation("buyerDirectorate", value == null ? "buyerDirectorate.required"
                : "buyerDirectorate.format", "Indiquez le sigle de la direction acheteuse (ex. DIEESS, DBL)."));
    }

    /** The sigle as stored: trimmed and upper-cased; only for a value {@link #violation} accepted. */
    public static String normalized(String typed) {
        return typed.trim().toUpperCase();
    }
}
