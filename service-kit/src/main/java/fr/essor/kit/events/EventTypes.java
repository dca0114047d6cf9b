package fr.essor.kit.events;

/**
 * Builds the wire names of Essor's facts: {@code fr.essor.<service>.<fact>.v<n>} types, {@code /essor/<service>}
 * sources and {@code essor.<service>.<family>} topics. Never a Java class name on the wire.
 */
public record EventTypes(String service) {

    public String type(String fact, int version) {
        return "fr.essor." + service + "." + fact + ".v" + version;
    }

    public String source() {
        return "/essor/" + service;
    }

    public String topic(String family) {
        return "essor." + service + "." + family;
    }
}
