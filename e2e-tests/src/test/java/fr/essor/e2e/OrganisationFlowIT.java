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

/** An organisation registered by one service reaches the roadmap's 360° directory, and each new service adds its role. */
@EndToEnd
class OrganisationFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private final PlatformApi api;

    OrganisationFlowIT(EssorPlatform platform) {
        this.api = new PlatformApi(platform);
    }

    @Test
    void anApplicantRegisteredInFundingAppearsInTheDirectoryWithItsEptThenAlsoAsASupplierOnceProcurementRegistersIt() {
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

        PlatformApi.Response asSupplier = api.register(EssorService.PROCUREMENT, "achats", organisation);
        assertThat(asSupplier.status()).as("procurement: %s", asSupplier).isEqualTo(201);

        JsonNode both = await("the roadmap learns the supplier role").atMost(PROPAGATION)
                .until(() -> api.directoryEntry(organisation.siret()).orElseThrow(), found -> roles(found).size() == 2);
        assertThat(roles(both)).containsExactlyInAnyOrder(tuple("funding", "applicant"), tuple("procurement", "supplier"));
        assertThat(both.path("territory").path("code").asString()).isEqualTo("T6");
    }

    static List<Tuple> roles(JsonNode entry) {
        return StreamSupport.stream(entry.path("knownBy").spliterator(), false)
                .map(known -> tuple(known.path("service").asString(), known.path("role").asString()))
                .toList();
    }
}
