package fr.essor.kit.documents;

import java.util.List;
import java.util.Objects;

/**
 * What every document of a service prints of the Département ({@code essor.departement.*}): the letterhead (name,
 * direction, service, address lines), the town documents are made in, and who signs for the Département.
 *
 * @param name          e.g. « Département de la Seine-Saint-Denis »
 * @param direction     the direction the documents come from
 * @param service       the service within it; may be empty
 * @param address       the postal address, one line each
 * @param town          where documents are made (« Fait à Bobigny »)
 * @param signatoryName who signs for the Département
 * @param signatoryRole their role, as it is printed under their name
 */
public record DocumentSettings(String name, String direction, String service, List<String> address, String town,
                               String signatoryName, String signatoryRole) {

    public DocumentSettings {
        Objects.requireNonNull(name, "name");
        direction = direction == null ? "" : direction.strip();
        service = service == null ? "" : service.strip();
        address = address == null ? List.of() : address.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        town = town == null || town.isBlank() ? "Bobigny" : town.strip();
        if (signatoryName == null || signatoryName.isBlank() || signatoryRole == null || signatoryRole.isBlank()) {
            throw new IllegalStateException("essor.departement.signatory.name and .role must name who signs for the "
                    + "Département");
        }
    }

    /** The Département's signature block, « Pour le Département de la Seine-Saint-Denis ». */
    public Signatory departementSignatory(String note) {
        return new Signatory((name.startsWith("Département") ? "Pour le " : "Pour ") + name, signatoryName,
                signatoryRole, note);
    }
}
