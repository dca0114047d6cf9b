package fr.essor.kit.testing;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every Essor service must offer from its first start: health UP with MongoDB and Kafka checked, the Prometheus
 * scrape open, the OpenAPI description and a French home page behind sign-in. Each service has a one-line
 * {@code …BaselineIT extends ServiceBaseline}.
 */
@EssorIntegrationTest
// the sweep writes hundreds of documents and publishes their facts: another instance of the service, with a database
// and a broker of its own, so that neither the other tests' counts nor the keys they await on the topics are touched
@TestPropertySource(properties = "essor.test.instance=baseline")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ServiceBaseline {

    @LocalServerPort
    protected int port;
    @Value("${essor.security.applicant-paths:}")
    private String applicantPaths;

    @Value("${essor.service.name}")
    protected String service;

    @Autowired
    private MongoTemplate mongo;

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Every POST and PUT of the API with a JSON body, sent its example mutated property by property
     * ({@link BadInputSweep}): never a 5xx, a refusal names the field and its real cause, nothing stored after it;
     * and every text and number of a body states its bounds in the document.
     */
    @Test
    @Order(Integer.MAX_VALUE) // last: what it creates is no part of the pages the other tests of this class read
    void everyWriteOfTheApiRefusesBadInputByNameAndStoresNothing() {
        BadInputSweep.Report report = BadInputSweep.run(port, mongo);
        System.out.println(report.summary());

        assertThat(report.exercised()).as("operations whose every mutation was judged").isNotEmpty();
        assertThat(report.findings()).as("bad input answered wrongly by %s", service).isEmpty();
        // the contract states the bounds of every text and number it takes (issue 15): a new one without fails here
        assertThat(report.unstated()).as("request-body properties of %s whose bounds the document does not state "
                + "(Bounds on the request record, InputBounds in the domain)", service).isEmpty();
    }

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
    void theOpenApiDescriptionNeedsATokenOrASignedInPageAndDescribesTheApi() {
        HttpResponse<String> anonymous = Api.at(port).get("/v3/api-docs");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> docs = Api.at(port).as("admin").get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json.readTree(docs.body()).get("paths").has("/api/organisations/{siretOrRna}")).isTrue();
        JsonNode schemes = json.readTree(docs.body()).get("components").get("securitySchemes");
        assertThat(schemes.get("oauth2").get("flows").get("clientCredentials").get("tokenUrl").asString())
                .isEqualTo(TestIdentityProvider.shared().issuer() + "/oauth2/token");
        assertThat(schemes.get("oauth2").get("flows").get("authorizationCode").get("authorizationUrl").asString())
                .isEqualTo(TestIdentityProvider.shared().issuer() + "/oauth2/authorize");
        assertThat(schemes.get("bearerJwt").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("openId").get("openIdConnectUrl").asString()).endsWith("/.well-known/openid-configuration");
        json.readTree(docs.body()).get("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().properties().forEach(operation -> assertThat(operation.getValue().get("security"))
                        .as("security of %s %s", operation.getKey(), path.getKey()).isNotNull()
                        .anySatisfy(requirement -> assertThat(requirement.has("oauth2")).isTrue()));
            }
        });
        // Swagger UI reads it with the page's session
        assertThat(SignedInBrowser.signIn(port, "sens").get("/v3/api-docs").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionPassesRedoclysRecommendedRulesWithoutError() {
        HttpResponse<String> docs = Api.at(port).as("admin").get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);

        JsonNode document = json.readTree(docs.body());
        assertThat(document.get("info").get("title").asString()).startsWith("Essor — ");
        assertThat(document.get("info").get("version").asString()).doesNotContain("@").isNotEqualTo("v0");
        java.util.List<String> operationIds = new java.util.ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getValue().has("operationId")) {
                operationIds.add(operation.getValue().get("operationId").asString());
            }
        }));
        assertThat(operationIds).as("operationIds chosen, not suffixed by springdoc to be unique (list_1…)")
                .doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));

        RedoclyLint.Report report = RedoclyLint.lint(service, docs.body());

        assertThat(report.hasErrors()).as("redocly lint of %s's /v3/api-docs:%n%s", service, report.output()).isFalse();
    }

    /**
     * An integrator writes a first request from the document: every JSON body an {@code /api} operation takes comes
     * with a whole example ({@code RequestExamples}), which Redocly checks against the body's schema
     * ({@code no-invalid-media-type-examples} is an error in {@code redocly.yaml}).
     */
    @Test
    void everyRequestBodyOfTheApiComesWithAWholeExample() {
        JsonNode document = json.readTree(Api.at(port).as("admin").get("/v3/api-docs").body());
        java.util.List<String> withoutExample = new java.util.ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json");
            if (path.getKey().startsWith("/api/") && !body.isMissingNode() && !body.has("example")) {
                withoutExample.add(operation.getValue().path("operationId").asString());
            }
        }));

        assertThat(withoutExample).as("operations of %s whose JSON body has no example: write "
                + "src/main/resources/openapi/examples/<operationId>.json", service).isEmpty();
    }

    @Test
    void theHomePageIsFrenchAndBehindSignInAtTheProvider() {
        HttpResponse<String> anonymous = Api.at(port).page("/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/essor"));
        HttpResponse<String> login = Api.at(port).page("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"fr\"", "Aller au contenu");

        HttpResponse<String> home = SignedInBrowser.signIn(port, "admin").page("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(home.body()).contains("lang=\"fr\"", "Se déconnecter");
    }

    @Test
    void itsSessionCookieIsNamedAfterTheServiceHttpOnlyAndSameSiteSoThatSignInsToServicesOnOneHostDoNotMix() {
        HttpResponse<String> toSignIn = Api.at(port).page("/");

        assertThat(toSignIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("ESSOR_" + service + "_SESSION=")
                        .contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    }

    @Test
    void behindTheTlsProxyTheSessionCookieIsSecure() {
        HttpResponse<String> toSignIn = Api.at(port).pageForwardedAsHttps("/");

        assertThat(toSignIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("ESSOR_" + service + "_SESSION=")
                        .contains("Secure"));
    }

    @Test
    void healthDetailsAreForOpsAndAdminOnly() {
        JsonNode anonymous = json.readTree(Api.at(port).get("/actuator/health").body());
        assertThat(anonymous.get("components").get("mongo").has("details")).isFalse();
        assertThat(anonymous.get("components").get("kafka").has("details")).isFalse();
        JsonNode ept = json.readTree(SignedInBrowser.withToken(port, "ept-est-ensemble").get("/actuator/health").body());
        assertThat(ept.get("components").get("kafka").has("details")).isFalse();

        JsonNode ops = json.readTree(SignedInBrowser.signIn(port, "ops").get("/actuator/health").body());
        assertThat(ops.get("components").get("kafka").has("details")).isTrue();
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() {
        SignedInBrowser browser = SignedInBrowser.signIn(port, "sens");
        HttpResponse<String> out = browser.submit("/", "/logout", java.util.Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(TestIdentityProvider.shared().issuer() + "/connect/logout?")
                .contains("id_token_hint=", "post_logout_redirect_uri=")
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logout"));
        assertThat(browser.page("/").statusCode()).as("signed out here").isEqualTo(302);
    }

    @Test
    void signingOutAtAnotherServiceEndsTheSessionHereThroughTheBackChannel() {
        SignedInBrowser browser = SignedInBrowser.signIn(port, "dter");
        assertThat(browser.page("/").statusCode()).isEqualTo(200);

        int answer = TestIdentityProvider.shared().backChannelLogout("http://localhost:" + port, "essor-" + service,
                "dter");

        assertThat(answer).isEqualTo(200);
        HttpResponse<String> after = browser.page("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).as("told it signed out, not that it expired")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
    }

    @Test
    void aMalformedUrlGetsThePlatformsOwnAnswerNotTheServletContainers() {
        HttpResponse<String> api = Api.at(port).as("admin").get("/api/organisations/%00");
        assertThat(api.statusCode()).isBetween(400, 404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(api.body()).get("status").asInt()).isEqualTo(api.statusCode());
        HttpResponse<String> page = SignedInBrowser.signIn(port, "admin").page("/structures/%00");
        assertThat(page.statusCode()).isBetween(400, 404);
        assertThat(page.body()).doesNotContain("Apache Tomcat", "HTTP Status").contains("lang=\"fr\"");
    }

    @Test
    void aPageThatDoesNotExistAnswersAFrenchNotFoundPageInTheLayout() {
        HttpResponse<String> missing = SignedInBrowser.signIn(port, "admin").page("/cette-page-n-existe-pas");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("lang=\"fr\"", "Aller au contenu", "Page introuvable", "Code 404")
                .doesNotContain("Whitelabel", "Exception");
    }

    /**
     * Signed in as each demo person (and one EPT), every link of every page of this service they can reach leads
     * somewhere they may go: never a 403, 404, 405 or server error (links to other services are followed in the
     * end-to-end tests).
     */
    @Test
    void everyLinkOfEveryPageLeadsSomewhereThePersonMayGo() {
        List<String> dead = new ArrayList<>();
        for (TestAccounts.Account account : TestAccounts.ALL) {
            if (account.username().equals("essor-cli")
                    || account.territory() != null && !account.username().equals("ept-est-ensemble")) {
                continue; // a scripts' client, and one EPT stands for the four
            }
            if (account.roles().equals(List.of("APPLICANT")) && applicantPaths.isBlank()) {
                continue; // an applicant has no page in a service without an applicants' space (ADR-0016)
            }
            LinkCrawler.Crawl crawl = LinkCrawler.crawl(port, account.username(), "/", 400);
            assertThat(crawl.visited()).as("pages reached by " + account.username()).isNotEmpty();
            crawl.deadLinks().forEach(link -> dead.add(account.username() + ": " + link.from() + " → " + link.to()
                    + " (" + link.status() + ")"));
        }
        assertThat(dead).as("links that lead to a 403, 404, 405 or an error").isEmpty();
    }
}
