package fr.essor.e2e;

import fr.essor.platform.EssorService;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * An organisation registered by one service reaches the roadmap's 360° directory and every registering service's copy
 * (ADR-0021); a change made in another service reaches them all, and the roadmap adds that service's role.
 */
@EndToEnd
class OrganisationFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private final PlatformApi api;

    OrganisationFlowIT(EssorPlatform platform) {
        this.api = new PlatformApi(platform);
    }

    @Test
    void anApplicantRegisteredInFundingIsKnownEverywhereOnceAndAChangeMadeInProcurementReachesEveryService() {
        // Saint-Denis (93066) belongs to EPT T6 Plaine Commune
        NewOrganisation organisation = NewOrganisation.association("Régie de quartier", "93066");

        PlatformApi.Response registered = api.register(EssorService.FUNDING, "instructeur", organisation);
        assertThat(registered.status()).as("funding: %s", registered).isEqualTo(201);
        assertThat(registered.location()).endsWith("/api/organisations/" + organisation.siret());

        JsonNode entry = await("the roadmap learns the applicant").atMost(PROPAGATION)
                .until(() -> api.directoryEntry(organisation.siret()).orElse(null), found -> found != null);
        assertThat(entry.path("name").asString()).isEqualTo(organisation.name());
        assertThat(entry.path("territory").path("code").asString()).isEqualTo("T6");
        assertThat(entry.path("territory").path("name").asString()).isEqualTo("Plaine Commune");
        assertThat(roles(entry)).containsExactly(tuple("funding", "applicant"));

        // one registration serves every service (ADR-0021): procurement and foncier know it without registering it
        for (EssorService service : List.of(EssorService.PROCUREMENT, EssorService.FONCIER)) {
            JsonNode copy = await(service + " learns the applicant").atMost(PROPAGATION)
                    .until(() -> organisation(service, organisation.siret()), found -> found != null);
            assertThat(copy.path("name").asString()).isEqualTo(organisation.name());
            assertThat(copy.path("version").asLong()).isEqualTo(1);
        }
        PlatformApi.Response again = api.register(EssorService.PROCUREMENT, "achats", organisation);
        assertThat(again.status()).as("registered once: %s", again).isEqualTo(409);

        // procurement changes it: funding and foncier take the change, the roadmap adds procurement's role
        String renamed = organisation.name() + " (SIAE)";
        PlatformApi.Response changed = api.send(EssorService.PROCUREMENT, "PUT",
                "/api/organisations/" + organisation.siret(), "achats", """
                        {"siret":"%s","name":"%s","legalForm":"ASSOCIATION","esus":true,"inclusionType":"ACI",
                         "communeInsee":"93066"}""".formatted(organisation.siret(), renamed));
        assertThat(changed.status()).as("procurement: %s", changed).isEqualTo(200);
        for (EssorService service : List.of(EssorService.FUNDING, EssorService.FONCIER)) {
            JsonNode copy = await(service + " learns the change").atMost(PROPAGATION)
                    .until(() -> organisation(service, organisation.siret()),
                            found -> renamed.equals(found.path("name").asString()));
            assertThat(copy.path("version").asLong()).isEqualTo(2);
            assertThat(copy.path("inclusionType").asString()).isEqualTo("ACI");
            assertThat(copy.path("updatedBy").asString()).isEqualTo("achats");
        }
        JsonNode both = await("the roadmap learns the supplier role").atMost(PROPAGATION)
                .until(() -> api.directoryEntry(organisation.siret()).orElseThrow(), found -> roles(found).size() == 2);
        assertThat(roles(both)).containsExactlyInAnyOrder(tuple("funding", "applicant"), tuple("procurement", "supplier"));
        assertThat(both.path("name").asString()).isEqualTo(renamed);
        assertThat(both.path("territory").path("code").asString()).isEqualTo("T6");
    }

    /** A registering service's organisation, as its own agents read it; null while it does not know it. */
    private JsonNode organisation(EssorService service, String siret) {
        String user = switch (service) {
            case FUNDING -> "instructeur";
            case PROCUREMENT -> "achats";
            default -> "sens";
        };
        PlatformApi.Response response = api.get(service, "/api/organisations/" + siret, user);
        return response.status() == 200 ? response.json() : null;
    }

    static List<Tuple> roles(JsonNode entry) {
        return StreamSupport.stream(entry.path("knownBy").spliterator(), false)
                .map(known -> tuple(known.path("service").asString(), known.path("role").asString()))
                .toList();
    }
}
