package fr.essor.kit.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The four EPT territories of the reference file, for what names a territory from its code where people read it
 * (« Plaine Commune (T6) », never a bare « T6 »). Read once, when first asked.
 */
public final class Territories {

    private Territories() {
    }

    /** The four territories in the order of their codes (T6, T7, T8, T9). */
    public static List<Territory> all() {
        return Holder.ALL;
    }

    /** Their codes, in that order: what a form offers, a dashboard lists, an API accepts. */
    public static List<String> codes() {
        return Holder.CODES;
    }

    /** Whether {@code code} names one of them. */
    public static boolean isKnown(String code) {
        return code != null && Holder.BY_CODE.containsKey(code);
    }

    /** « T6, T7, T8 ou T9 », for a message that says which codes are accepted. */
    public static String codesInWords() {
        List<String> codes = codes();
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " ou " + codes.getLast();
    }

    public static Optional<Territory> find(String code) {
        return Optional.ofNullable(code).map(Holder.BY_CODE::get);
    }

    /** « Plaine Commune (T6) »; a code the reference file does not know is written as it is, null as empty. */
    public static String label(String code) {
        return code == null ? "" : find(code).map(Territory::label).orElse(code);
    }

    private static final class Holder {
        private static final List<Territory> ALL = Communes.fromClasspath().territories();
        private static final List<String> CODES = ALL.stream().map(Territory::code).toList();
        private static final Map<String, Territory> BY_CODE = ALL.stream()
                .collect(Collectors.toUnmodifiableMap(Territory::code, Function.identity()));
    }
}
