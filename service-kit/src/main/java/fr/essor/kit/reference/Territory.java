package fr.essor.kit.reference;

/** One of the four établissements publics territoriaux (EPT) of Seine-Saint-Denis, e.g. T6 Plaine Commune. */
public record Territory(String code, String name) {
}
