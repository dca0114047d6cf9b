package fr.essor.kit.reference;

/** One of the four établissements publics territoriaux (EPT) of Seine-Saint-Denis, e.g. T6 Plaine Commune. */
public record Territory(String code, String name) {

    /** How a page names it: « Plaine Commune (T6) ». */
    public String label() {
        return name + " (" + code + ")";
    }
}
