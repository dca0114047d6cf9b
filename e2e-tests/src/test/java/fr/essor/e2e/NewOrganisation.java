package fr.essor.e2e;

import fr.essor.kit.testing.Sirets;

/** The body of {@code POST /api/organisations}: an ESS organisation with a fresh SIRET and a recognisable name. */
record NewOrganisation(String siret, String rna, String name, String legalForm, boolean esus, String inclusionType,
                       String communeInsee) {

    /** An association of the given commune (INSEE code), its name made unique for this run. */
    static NewOrganisation association(String namePrefix, String communeInsee) {
        String siret = Sirets.next();
        return new NewOrganisation(siret, null, namePrefix + " " + siret.substring(8), "ASSOCIATION", true, null,
                communeInsee);
    }
}
