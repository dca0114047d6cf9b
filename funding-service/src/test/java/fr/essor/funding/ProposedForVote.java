package fr.essor.funding;

import fr.essor.kit.testing.Api;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of the vote need an agent to do first, over the API: take an application just created through the
 * instruction — admissible, reviewed, the EPTs' opinion requested — to « Proposée au vote », as DMTA.
 */
public final class ProposedForVote {

    private static final List<String> STEPS = List.of("DECLARE_ADMISSIBLE", "START_REVIEW",
            "REQUEST_TERRITORY_OPINION", "PROPOSE_FOR_VOTE");

    private final int port;
    private final JsonMapper json;

    public ProposedForVote(int port, JsonMapper json) {
        this.port = port;
        this.json = json;
    }

    /** The id of the application {@code created} answered (201), once DMTA has proposed it for the vote. */
    public String application(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        for (String step : STEPS) {
            HttpResponse<String> moved = Api.at(port).as("dmta").postJson("/api/applications/" + id + "/transitions",
                    "{\"action\":\"" + step + "\"}");
            assertThat(moved.statusCode()).as(step + " " + moved.body()).isEqualTo(200);
        }
        return id;
    }
}
