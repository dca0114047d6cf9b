package fr.essor.kit.reference;

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

    public static Optional<Territory> find(String code) {
        return Optional.ofNullable(code).map(Holder.BY_CODE::get);
    }

    /** « Plaine Commune (T6) »; a code the reference file does not know is written as it is, null as empty. */
    public static String label(String code) {
        return code == null ? "" : find(code).map(Territory::label).orElse(code);
    }

    private static final class Holder {
        private static final Map<String, Territory> BY_CODE = Communes.fromClasspath().territories().stream()
                .collect(Collectors.toUnmodifiableMap(Territory::code, Function.identity()));
    }
}
