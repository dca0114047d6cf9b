package fr.essor.kit.reference;

/** A commune of Seine-Saint-Denis by its INSEE code, with the EPT it belongs to. */
public record Commune(String inseeCode, String name, Territory territory) {
}
