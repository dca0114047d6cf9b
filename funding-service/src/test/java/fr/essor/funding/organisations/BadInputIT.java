package fr.essor.funding.organisations;

import fr.essor.kit.testing.Api;
import fr.essor.kit.testing.Sirets;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input gets a clear problem+json answer and leaves nothing stored and nothing published. */
@EssorIntegrationTest
class BadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    MongoTemplate mongo;

    Api api;
    final TopicProbe topic = TopicProbe.ofTestInfrastructure();
    final List<String> triedKeys = new ArrayList<>();
    long organisationsBefore;

    @BeforeEach
    void signIn() {
        api = Api.at(port).as("instructeur");
        organisationsBefore = mongo.getCollection("organisations").countDocuments();
    }

    @AfterEach
    void nothingWasStoredOrPublished() {
        assertThat(mongo.getCollection("organisations").countDocuments()).isEqualTo(organisationsBefore);
        assertThat(topic.readAll(OrganisationRegistrationIT.TOPIC)).noneMatch(r -> triedKeys.contains(r.key()));
    }

    @Test
    void aSiretWithAWrongChecksumIsRefusedWithItsFieldError() {
        String siret = tried(Sirets.withWrongChecksum(Sirets.next()));
        HttpResponse<String> response = api.postJson("/api/organisations", Bodies.organisation(siret, "93066"));

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("title").asString()).isEqualTo("Requête invalide");
        assertThat(fieldError(problem, "siret").get("code").asString()).isEqualTo("siret.checksum");
        assertThat(fieldError(problem, "siret").get("message").asString()).contains("clé de contrôle");
    }

    @Test
    void anUnknownCommuneIsRefused() {
        String siret = tried(Sirets.next());
        JsonNode problem = problem(api.postJson("/api/organisations", Bodies.organisation(siret, "75056")), 400);
        assertThat(fieldError(problem, "communeInsee").get("code").asString()).isEqualTo("communeInsee.unknown");
    }

    @Test
    void aMissingNameAndAnUnknownLegalFormAreBothReported() {
        String siret = tried(Sirets.next());
        JsonNode problem = problem(api.postJson("/api/organisations", """
                {"siret":"%s","legalForm":"sarl","esus":true,"communeInsee":"93066"}""".formatted(siret)), 400);
        assertThat(fieldError(problem, "name").get("code").asString()).isEqualTo("name.required");
        assertThat(fieldError(problem, "legalForm").get("code").asString()).isEqualTo("legalForm.unknown");
    }

    @Test
    void neitherSiretNorRnaIsRefused() {
        JsonNode problem = problem(api.postJson("/api/organisations", """
                {"name":"Sans identifiant","legalForm":"association","esus":false,"communeInsee":"93066"}"""), 400);
        assertThat(fieldError(problem, "siret").get("code").asString()).isEqualTo("identifier.required");
    }

    @Test
    void malformedJsonIsABadRequest() {
        String siret = tried(Sirets.next());
        JsonNode problem = problem(api.postJson("/api/organisations", "{\"siret\":\"" + siret + "\", \"name\": "), 400);
        assertThat(problem.get("detail").asString()).contains("JSON");
        assertThat(problem.has("trace")).isFalse();
    }

    @Test
    void aOneMegabyteBodyIsTooLarge() {
        String siret = tried(Sirets.next());
        String huge = Bodies.organisation(siret, "93066").replace("\"name\":\"", "\"name\":\"" + "x".repeat(1_048_576));
        problem(api.postJson("/api/organisations", huge), 413);
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        String siret = tried(Sirets.next());
        problem(api.post("/api/organisations", "text/plain", Bodies.organisation(siret, "93066")), 415);
    }

    @Test
    void changingAnUnknownOrganisationIsNotFound() {
        String siret = tried(Sirets.next());
        problem(api.putJson("/api/organisations/" + siret, Bodies.organisation(siret, "93066")), 404);
    }

    private String tried(String key) {
        triedKeys.add(key);
        return key;
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("https://");
        return problem;
    }

    private static JsonNode fieldError(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (field.equals(error.get("field").asString())) {
                return error;
            }
        }
        throw new AssertionError("No error for field " + field + " in " + problem);
    }
}
