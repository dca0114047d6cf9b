package fr.essor.foncier;

import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.essor.kit.security.Role;
import fr.essor.kit.security.WriteRules;

/**
 * Who may write what in foncier (ADR-0012): every write of the API and of the pages' forms, with the roles that may make
 * it; ADMIN may make them all, a write without a rule is refused to everyone. The kit enforces them before any
 * controller; the service's own checks come after. EPT accounts read their feeds ({@code /api/ept/**}) and
 * write only their own webhook subscriptions (the kit's {@code deliversWebhooks}). The approved table is {@code src/test/resources/approved-write-rules.txt}.
 */
@Configuration(proxyBeanMethods = false)
class FoncierWriteRules {

    /** The premises intermediation cell, run by the DIEESS: needs, offers, matches, leases, growth suggestions. */
    private static final Role[] CELL = { Role.DIEESS };

    /** The managers of the innovation hub (Bondy): spaces, calls, allocations, occupancy agreements. */
    private static final Role[] HUB = { Role.HUB_MANAGER };

    @Bean
    WriteRules writeRules() {
        return WriteRules.builder()
                // the cell registers the organisations looking for premises, the hub managers the hub's occupants
                .registersOrganisations(Role.DIEESS, Role.HUB_MANAGER)
                // the EPTs' webhook subscriptions (their own territory), OPS replays a delivery
                .deliversWebhooks()
                // premises needs and offers
                .allow(POST, "/api/premises/needs", CELL)
                .allow(PUT, "/api/premises/needs/{id}", CELL)
                .allow(POST, "/api/premises/offers", CELL)
                .allow(PUT, "/api/premises/offers/{id}", CELL)
                .allow(POST, "/besoins", CELL)
                .allow(POST, "/besoins/{id}", CELL)
                .allow(POST, "/offres", CELL)
                .allow(POST, "/offres/{id}", CELL)
                // intermediation, from the match to the lease
                .allow(POST, "/api/intermediations", CELL)
                .allow(POST, "/api/intermediations/{id}/contact", CELL)
                .allow(POST, "/api/intermediations/{id}/visits", CELL)
                .allow(POST, "/api/intermediations/{id}/negotiation", CELL)
                .allow(POST, "/api/intermediations/{id}/lease", CELL)
                .allow(POST, "/api/intermediations/{id}/closure", CELL)
                .allow(POST, "/api/intermediations/{id}/lease/renewal", CELL)
                .allow(POST, "/api/intermediations/{id}/lease/end", CELL)
                .allow(PUT, "/api/intermediations/{id}/partners", CELL)
                .allow(POST, "/mises-en-relation", CELL)
                .allow(POST, "/mises-en-relation/{id}/{step}", CELL)
                // growth suggestions
                .allow(POST, "/api/suggestions/{id}/dismissal", CELL)
                .allow(POST, "/suggestions/{id}/ecarter", CELL)
                // the innovation hub
                .allow(PUT, "/api/hub/buildings/{code}", HUB)
                .allow(POST, "/api/hub/spaces", HUB)
                .allow(PUT, "/api/hub/spaces/{spaceId}", HUB)
                .allow(POST, "/api/hub/spaces/{spaceId}/allocations", HUB)
                .allow(POST, "/api/hub/spaces/{spaceId}/allocations/{allocationId}/vacating", HUB)
                .allow(POST, "/api/hub/spaces/{spaceId}/allocations/{allocationId}/agreement", HUB)
                .allow(POST, "/api/hub/spaces/{spaceId}/allocations/{allocationId}/agreement/signature", HUB)
                .allow(POST, "/api/hub/calls", HUB)
                .allow(POST, "/api/hub/calls/{callId}/applications", HUB)
                .allow(POST, "/api/hub/applications/{applicationId}/decision", HUB)
                .allow(POST, "/pole/batiments/{code}", HUB)
                .allow(POST, "/pole/espaces", HUB)
                .allow(POST, "/pole/espaces/{id}/fiche", HUB)
                .allow(POST, "/pole/espaces/{id}/attributions", HUB)
                .allow(POST, "/pole/espaces/{id}/attributions/{allocationId}/depart", HUB)
                .allow(POST, "/pole/espaces/{id}/attributions/{allocationId}/convention", HUB)
                .allow(POST, "/pole/espaces/{id}/attributions/{allocationId}/convention/signature", HUB)
                .allow(POST, "/pole/appels", HUB)
                .allow(POST, "/pole/appels/{id}/candidatures", HUB)
                .allow(POST, "/pole/candidatures/{applicationId}/decision", HUB)
                .build();
    }
}
