package fr.essor.kit.documents;

/**
 * Who signs a document, as its signature block names them: the party they sign for, their name and their role. A
 * name or role not yet known (the beneficiary's representative before signature) is left as a line to fill by hand,
 * never replaced by a login.
 *
 * @param forParty e.g. « Pour le Département de la Seine-Saint-Denis »
 * @param name     e.g. « Stéphane Troussel »; {@code null} or blank leaves a line to fill
 * @param role     e.g. « Président du Conseil départemental »; {@code null} or blank leaves a line to fill
 * @param note     a line under the box, e.g. « Signée le 02/03/2026 »; may be empty
 */
public record Signatory(String forParty, String name, String role, String note) {

    public Signatory {
        if (forParty == null || forParty.isBlank()) {
            throw new IllegalArgumentException("A signatory signs for a party");
        }
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
        note = note == null ? "" : note.strip();
    }

    public Signatory(String forParty, String name, String role) {
        this(forParty, name, role, "");
    }

    public boolean named() {
        return !name.isEmpty();
    }

    public boolean hasRole() {
        return !role.isEmpty();
    }
}
