package fr.essor.funding.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.essor.kit.testing.EssorIntegrationTest;
import fr.essor.kit.testing.SignedInBrowser;
import fr.essor.kit.testing.Sirets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The national company registry switched on, served by WireMock with answers recorded from the « API Recherche
 * d'entreprises » (the kit's test resources): the registration page fills a structure from a SIRET and registers
 * nothing; the agents' link page shows what the registry says and refuses to link a closed establishment.
 */
@EssorIntegrationTest
class CompanyRegistryPagesIT {

    private static final WireMockServer registry = started();

    @LocalServerPort
    int port;

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        // any SIRET the test does not record (links of other tests in the same store) is unknown to the registry
        server.stubFor(get(anyUrl()).atPriority(10).willReturn(okJson(recorded("not-found.json", "", ""))));
        return server;
    }

    @AfterAll
    static void stop() {
        registry.stop();
    }

    @DynamicPropertySource
    static void registryOn(DynamicPropertyRegistry properties) {
        properties.add("essor.registry.company-lookup.enabled", () -> "true");
        properties.add("essor.registry.company-lookup.base-url", registry::baseUrl);
        properties.add("essor.registry.company-lookup.timeout", () -> "2s");
    }

    /** A recorded answer, the establishment's SIRET of the recording replaced by {@code siret}. */
    private static String recorded(String name, String recordedSiret, String siret) {
        try (InputStream in = CompanyRegistryPagesIT.class.getResourceAsStream("/recherche-entreprises/" + name)) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return recordedSiret.isEmpty() ? body : body.replace(recordedSiret, siret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void registryKnows(String siret, String recording, String recordedSiret) {
        registry.stubFor(get(urlPathEqualTo("/search")).withQueryParam("q", equalTo(siret)).atPriority(1)
                .willReturn(okJson(recorded(recording, recordedSiret, siret))));
    }

    @Test
    void theRegistrationPageFillsNameLegalFormAndCommuneFromTheRegistryKeepsTheRestAndRegistersNothing() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        String siret = Sirets.next();
        registryKnows(siret, "found-association.json", "73282932000074");

        HttpResponse<String> filled = dmta.submitMultiValued("/structures/nouvelle", "/structures/nouvelle", Map.of(
                "lookup", List.of("siret"), "siret", List.of(siret.substring(0, 9) + " " + siret.substring(9)),
                "name", List.of("nom provisoire"), "rna", List.of("W931234567"), "inclusionType", List.of("EI"),
                "retour", List.of("/appel-a-agir"), "kept.title", List.of("Vélos du quartier")));

        assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
        String page = filled.body();
        assertThat(page).contains("Rempli depuis le répertoire national des entreprises",
                        "le nom, la forme juridique, la commune", "agrément ESUS")
                .containsPattern("id=\"name\"[^>]*value=\"LA FABRIQUE SOLIDAIRE\"")
                .containsPattern("id=\"siret\"[^>]*value=\"" + siret + "\"")
                .containsPattern("id=\"rna\"[^>]*value=\"W931234567\"")
                .containsPattern("value=\"ASSOCIATION\"[^>]*selected")
                .containsPattern("value=\"93066\"[^>]*selected")
                .containsPattern("value=\"EI\"[^>]*selected")
                .containsPattern("name=\"kept.title\"[^>]*value=\"Vélos du quartier\"")
                .doesNotContain("nom provisoire", "Rien n’a été enregistré");
        registry.verify(getRequestedFor(urlPathEqualTo("/search")).withQueryParam("q", equalTo(siret)));
        assertThat(dmta.get("/api/organisations/" + siret).statusCode()).isEqualTo(404);
    }

    @Test
    void aClosedEstablishmentIsFilledWithAWarningAndAnUnknownSiretIsSaid() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        String closed = Sirets.next();
        registryKnows(closed, "closed-scop.json", "41816609600002");

        String page = dmta.submit("/structures/nouvelle", "/structures/nouvelle",
                Map.of("lookup", "siret", "siret", closed)).body();
        assertThat(page).contains("selon le répertoire national, cet établissement est fermé",
                        "insertion par l")
                .containsPattern("value=\"SCOP\"[^>]*selected").containsPattern("value=\"93048\"[^>]*selected");

        String unknown = Sirets.next();
        HttpResponse<String> notFound = dmta.submit("/structures/nouvelle", "/structures/nouvelle",
                Map.of("lookup", "siret", "siret", unknown, "name", "Ma structure"));
        assertThat(notFound.statusCode()).isEqualTo(200);
        assertThat(notFound.body()).contains("ne connaît pas le SIRET " + unknown)
                .containsPattern("id=\"name\"[^>]*value=\"Ma structure\"");

        HttpResponse<String> wrong = dmta.submit("/structures/nouvelle", "/structures/nouvelle",
                Map.of("lookup", "siret", "siret", Sirets.withWrongChecksum(unknown)));
        assertThat(wrong.body()).contains("sa clé de contrôle est fausse", "Rien n’a été cherché")
                .doesNotContain("Rien n’a été enregistré");
        registry.verify(0, getRequestedFor(urlPathEqualTo("/search"))
                .withQueryParam("q", equalTo(Sirets.withWrongChecksum(unknown))));
    }

    @Test
    void aRegistryInErrorIsSaidUnavailableAndWhatWasTypedStays() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        String siret = Sirets.next();
        registry.stubFor(get(urlPathEqualTo("/search")).withQueryParam("q", equalTo(siret)).atPriority(1)
                .willReturn(aResponse().withStatus(500)));

        HttpResponse<String> lookup = dmta.submit("/structures/nouvelle", "/structures/nouvelle",
                Map.of("lookup", "siret", "siret", siret, "name", "Atelier Vélo", "communeInsee", "93008"));

        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.body()).contains("Le répertoire national des entreprises est indisponible pour le moment")
                .containsPattern("id=\"name\"[^>]*value=\"Atelier Vélo\"")
                .containsPattern("value=\"93008\"[^>]*selected");
        assertThat(dmta.get("/api/organisations/" + siret).statusCode()).isEqualTo(404);
    }

    @Test
    void theLinkPageShowsWhatTheRegistrySaysAndRefusesToLinkAClosedEstablishment() {
        SignedInBrowser dmta = SignedInBrowser.withToken(port, "dmta");
        SignedInBrowser instructor = SignedInBrowser.signIn(port, "instructeur");
        SignedInBrowser applicant = SignedInBrowser.signIn(port, "asso-voisins");
        String open = Sirets.next();
        String closed = Sirets.next();
        registryKnows(open, "found-association.json", "73282932000074");
        registryKnows(closed, "closed-scop.json", "41816609600002");
        for (String siret : List.of(open, closed)) {
            HttpResponse<String> organisation = dmta.json("POST", "/api/organisations", """
                    {"siret":"%s","name":"Structure %s","legalForm":"ASSOCIATION","esus":false,\
                    "communeInsee":"93066"}""".formatted(siret, siret));
            assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(201);
            HttpResponse<String> asked = applicant.submit("/espace-candidat", "/espace-candidat/rattachements",
                    Map.of("identifier", siret));
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(302);
        }

        String waiting = instructor.page("/rattachements").body();
        assertThat(waiting).contains("Répertoire national", "LA FABRIQUE SOLIDAIRE — en activité — Saint-Denis",
                "LES VOISINS DU CANAL — établissement fermé — Montreuil");
        assertThat(waiting).contains("/rattachements/asso-voisins~" + open + "/confirmation")
                .doesNotContain("/rattachements/asso-voisins~" + closed + "/confirmation");

        HttpResponse<String> refused = instructor.submit("/rattachements",
                "/rattachements/asso-voisins~" + closed + "/confirmation", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Structure " + closed + " » est fermé", "ne peut pas être confirmé");
        assertThat(instructor.page("/rattachements").body()).contains("asso-voisins~" + closed + "/refus");

        HttpResponse<String> confirmed = instructor.submit("/rattachements",
                "/rattachements/asso-voisins~" + open + "/confirmation", Map.of());
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        assertThat(instructor.page("/rattachements").body()).doesNotContain("asso-voisins~" + open)
                .contains("asso-voisins~" + closed);
    }
}
