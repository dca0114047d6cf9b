package fr.essor.procurement.suppliers;

import fr.essor.kit.testing.OrganisationCopiesRebuild;

import java.util.List;

/**
 * Procurement's copies of the organisations registered in funding and foncier, rebuilt from their topics by the ops
 * command: the kit's check, run on this service's bindings and access rules.
 */
class OrganisationCopiesRebuildIT extends OrganisationCopiesRebuild {

    @Override
    protected String registrar() {
        return "achats";
    }

    @Override
    protected String ownRegistration() {
        return """
                {"siret":"%s","name":"Traiteur d'insertion","legalForm":"SCIC","esus":true,"communeInsee":"93066"}""";
    }

    @Override
    protected List<String> upstreams() {
        return List.of("funding", "foncier");
    }
}
