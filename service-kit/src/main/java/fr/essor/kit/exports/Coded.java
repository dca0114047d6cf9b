package fr.essor.kit.exports;

import fr.essor.kit.reference.Territories;
import fr.essor.kit.reference.Territory;


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
        return of(Territories.find(code).orElseThrow(() -> new IllegalArgumentException("Unknown EPT code " + code)));
    }

    public static Coded of(Territory territory) {
        return territory == null ? null : new Coded(territory.code(), territory.name());
    }

}
