package fr.essor.kit.organisations.infrastructure;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.essor.kit.organisations.application.CompanyRegistry;
import fr.essor.kit.organisations.application.CompanyRegistry.CompanyFacts;
import fr.essor.kit.organisations.domain.LegalForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The « API Recherche d'entreprises » adapter against answers recorded from its documented schema. */
class RechercheEntreprisesTest {

    private static final WireMockServer api = new WireMockServer(options().dynamicPort());
    private static final Duration TIMEOUT = Duration.ofMillis(1_500);

    private CompanyRegistry registry;

    @BeforeAll
    static void start() {
        api.start();
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    @BeforeEach
    void reset() {
        api.resetAll();
        registry = new RechercheEntreprises(URI.create(api.baseUrl() + "/"), TIMEOUT, JsonMapper.builder().build());
    }

    static String recorded(String name) {
        try (InputStream in = RechercheEntreprisesTest.class.getResourceAsStream("/recherche-entreprises/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answers(String siret, String recording) {
        api.stubFor(get(urlPathEqualTo("/search")).withQueryParam("q", equalTo(siret))
                .willReturn(okJson(recorded(recording))));
    }

    @Test
    void anActiveAssociationIsFoundWithItsNameLegalFormCommuneAndEssStatus() {
        answers("73282932000074", "found-association.json");

        CompanyRegistry.Lookup lookup = registry.lookup("73282932000074");

        assertThat(lookup).isEqualTo(new CompanyRegistry.Found(new CompanyFacts("732829320", "73282932000074",
                "LA FABRIQUE SOLIDAIRE", "9220", Optional.of(LegalForm.ASSOCIATION), "93066", true, true, false)));
        api.verify(getRequestedFor(urlPathEqualTo("/search")).withQueryParam("q", equalTo("73282932000074")));
    }

    @Test
    void theHeadOfficeIsFoundByItsOwnSiret() {
        answers("73282932000009", "found-association.json");

        assertThat(registry.lookup("73282932000009")).isInstanceOfSatisfying(CompanyRegistry.Found.class,
                found -> assertThat(found.facts().siret()).isEqualTo("73282932000009"));
    }

    @Test
    void aClosedEstablishmentOfAnActiveCompanyIsFoundClosed() {
        answers("41816609600002", "closed-scop.json");

        assertThat(registry.lookup("41816609600002")).isInstanceOfSatisfying(CompanyRegistry.Found.class, found -> {
            assertThat(found.facts().active()).isFalse();
            assertThat(found.facts().legalForm()).contains(LegalForm.SCOP);
            assertThat(found.facts().communeInsee()).isEqualTo("93048");
            assertThat(found.facts().siae()).isTrue();
        });
    }

    @Test
    void anotherEstablishmentOfTheCompanyIsNotTakenForTheOneAskedFor() {
        answers("41816609600028", "closed-scop.json");

        assertThat(registry.lookup("41816609600028")).isEqualTo(new CompanyRegistry.NotFound("41816609600028"));
    }

    @Test
    void aSiretTheRegistryDoesNotKnowIsNotFound() {
        answers("77512345800009", "not-found.json");

        assertThat(registry.lookup("77512345800009")).isEqualTo(new CompanyRegistry.NotFound("77512345800009"));
    }

    @Test
    void aServerErrorMakesTheRegistryUnreachable() {
        api.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"erreur\":\"Internal Server Error\"}")));

        assertThat(registry.lookup("73282932000074")).isEqualTo(new CompanyRegistry.Unreachable("status 500"));
    }

    @Test
    void aTooManyRequestsAnswerMakesTheRegistryUnreachable() {
        api.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(429)));

        assertThat(registry.lookup("73282932000074")).isInstanceOf(CompanyRegistry.Unreachable.class);
    }

    @Test
    void anAnswerSlowerThanTheTimeoutMakesTheRegistryUnreachableInTime() {
        api.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson(recorded("found-association.json"))
                .withFixedDelay(6_000)));

        long start = System.nanoTime();
        CompanyRegistry.Lookup lookup = registry.lookup("73282932000074");

        assertThat(lookup).isEqualTo(new CompanyRegistry.Unreachable("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    void anAnswerThatIsNotJsonMakesTheRegistryUnreachable() {
        api.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));

        assertThat(registry.lookup("73282932000074")).isEqualTo(new CompanyRegistry.Unreachable("unreadable"));
    }

    @Test
    void aServerThatIsNotThereMakesTheRegistryUnreachable() {
        CompanyRegistry nowhere = new RechercheEntreprises(URI.create("http://127.0.0.1:9"), TIMEOUT,
                JsonMapper.builder().build());

        assertThat(nowhere.lookup("73282932000074")).isInstanceOf(CompanyRegistry.Unreachable.class);
    }

    @Test
    void switchedOffItSaysSoWithoutCallingAnyone() {
        assertThat(new CompanyLookupOff().lookup("73282932000074")).isEqualTo(new CompanyRegistry.Off());
        assertThat(api.getAllServeEvents()).isEmpty();
    }
}
