package fr.essor.kit.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Essor service must offer from its first start: health UP with MongoDB and Kafka checked, the Prometheus
 * scrape open, the OpenAPI description and a French home page behind sign-in. Each service has a one-line
 * {@code …BaselineIT extends ServiceBaseline}.
 */
@EssorIntegrationTest
public abstract class ServiceBaseline {

    @LocalServerPort
    protected int port;
    @Value("${essor.service.name}")
    protected String service;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void healthIsUpWithMongoAndKafkaCheckedAndOpenWithoutSignIn() {
        HttpResponse<String> response = Api.at(port).get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusScrapeIsOpenAndCarriesThePlatformMetrics() {
        HttpResponse<String> response = Api.at(port).get("/actuator/prometheus", "text/plain");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("essor_outbox_backlog", "essor_outbox_oldest_pending_age_seconds",
                "http_server_requests");
        assertThat(response.body()).contains("application=\"" + service + "\"");
    }

    @Test
    void theOpenApiDescriptionNeedsSignInAndDescribesTheApi() {
        HttpResponse<String> anonymous = Api.at(port).page("/v3/api-docs");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
        HttpResponse<String> docs = Api.at(port).as("admin", "admin").get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(docs.body()).get("paths").has("/api/organisations/{siretOrRna}")).isTrue();
    }

    @Test
    void theHomePageIsFrenchAndBehindSignIn() {
        HttpResponse<String> anonymous = Api.at(port).page("/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login"));
        HttpResponse<String> login = Api.at(port).page("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"fr\"", "Aller au contenu");
    }

    @Test
    void itsSessionCookieIsNamedAfterTheServiceSoThatSignInsToServicesOnOneHostDoNotOverwriteEachOther() {
        HttpResponse<String> login = Api.at(port).page("/login");

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("ESSOR_" + service + "_SESSION="))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    }

    @Test
    void aPageThatDoesNotExistAnswersAFrenchNotFoundPageInTheLayout() {
        HttpResponse<String> missing = SignedInBrowser.signIn(port, "admin").page("/cette-page-n-existe-pas");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("lang=\"fr\"", "Aller au contenu", "Page introuvable", "Code 404")
                .doesNotContain("Whitelabel", "Exception");
    }
}
