package fr.essor.kit.reference;

import fr.essor.kit.organisations.domain.Siret;

import java.util.Objects;

/**
 * The Département itself, as its documents and open-data exports name it: the grantor of the SCDL subventions
 * export, the buyer of the DECP export, the party that signs agreements.
 *
 * @param name  its legal name, e.g. « Département de la Seine-Saint-Denis »
 * @param siret the SIRET of the establishment that signs (checked like every other SIRET of the platform)
 */
public record Departement(String name, Siret siret) {

    public Departement {
        Objects.requireNonNull(siret, "siret");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The Département needs a name");
        }
    }

    /**
     * Reads the configured values, refusing a SIRET whose checksum is wrong: an export naming an invalid SIRET would
     * be rejected by data.gouv.fr, so the service does not start with one.
     */
    public static Departement configured(String name, String siret) {
        if (!Siret.isValid(siret)) {
            throw new IllegalStateException("essor.departement.siret must be a valid SIRET (14 digits, Luhn checksum),"
                    + " was \"" + siret + "\"");
        }
        return new Departement(name, new Siret(siret));
    }
}
