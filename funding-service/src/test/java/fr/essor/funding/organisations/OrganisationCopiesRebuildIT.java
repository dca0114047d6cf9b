package fr.essor.funding.organisations;

import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.OrganisationCopiesRebuild;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Funding's copies of the organisations registered in procurement and foncier, rebuilt from their topics by the ops
 * command ({@link OrganisationCopiesRebuild}, the same check in each registering service).
 */
@EssorIntegrationTest
class OrganisationCopiesRebuildIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    @Test
    void damagedCopiesAreRebuiltFromTheOtherServicesTopicsAndOwnRegistrationsAreKept() {
        new OrganisationCopiesRebuild(port, mongo, json).damagedCopiesAreRebuiltAndOwnRegistrationsKept("instructeur", """
                {"siret":"%s","name":"Traiteur d'insertion","legalForm":"SCIC","esus":true,"communeInsee":"93066"}""",
                List.of("procurement", "foncier"));
    }
}
