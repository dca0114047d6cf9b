package fr.essor.kit.exports;

import fr.essor.kit.reference.Communes;
import fr.essor.kit.reference.Territory;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A code and the name people read beside it (an EPT, a directorate), for a {@link Column.Kind#CODE_AND_NAME} column.
 *
 * @param code the code, e.g. {@code T6}; null for a line that has a name but no code (« Tout le département »)
 * @param name its name, e.g. « Plaine Commune »: never missing
 */
public record Coded(String code, String name) {

    public Coded {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A code needs its name: " + code);
        }
    }

    /** The EPT of this code with its name from the kit's reference data; null for a null code. */
    public static Coded territory(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = TerritoryNames.NAMES.get(code);
        if (name == null) {
            throw new IllegalArgumentException("Unknown EPT code " + code);
        }
        return new Coded(code, name);
    }

    public static Coded of(Territory territory) {
        return territory == null ? null : new Coded(territory.code(), territory.name());
    }

    /** The reference file read once, when an export first names a territory. */
    private static final class TerritoryNames {
        private static final Map<String, String> NAMES = Communes.fromClasspath().territories().stream()
                .collect(Collectors.toUnmodifiableMap(Territory::code, Territory::name));
    }
}
