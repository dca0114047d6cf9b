package fr.essor.foncier;

import fr.essor.kit.testing.OrganisationCopiesRebuild;

import java.util.List;

/**
 * Foncier's copies of the organisations registered in funding and procurement, rebuilt from their topics by the ops
 * command: the kit's check, run on this service's bindings and access rules.
 */
class OrganisationCopiesRebuildIT extends OrganisationCopiesRebuild {

    @Override
    protected String registrar() {
        return "pole";
    }

    @Override
    protected String ownRegistration() {
        return """
                {"siret":"%s","name":"Traiteur d'insertion","legalForm":"SCIC","esus":true,"communeInsee":"93066"}""";
    }

    @Override
    protected List<String> upstreams() {
        return List.of("funding", "procurement");
    }
}
