package fr.essor.procurement;

import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.essor.kit.security.Role;
import fr.essor.kit.security.WriteRules;

/**
 * Who may write what in procurement (ADR-0012): every write of the API and of the pages' forms, with the roles that may
 * make it; ADMIN may make them all, a write without a rule is refused to everyone. The kit enforces them before any
 * controller; the service's own checks come after. The approved table is
 * {@code src/test/resources/approved-write-rules.txt}.
 */
@Configuration(proxyBeanMethods = false)
class ProcurementWriteRules {

    /** The purchasing directorate and the directorates that buy: plan, contracts, sourcing needs. */
    private static final Role[] BUYERS = { Role.ACHATS, Role.DIEESS, Role.DJVA, Role.DTER, Role.DMTA, Role.DPAS };

    /**
     * Who meets the suppliers: the buyers and the clause facilitators. They register the organisations, describe
     * the suppliers, record their interest and keep the meetings.
     */
    private static final Role[] SUPPLIER_AGENTS = { Role.ACHATS, Role.DIEESS, Role.DJVA, Role.DTER, Role.DMTA,
            Role.DPAS, Role.FACILITATOR };

    /** Who reports insertion hours: the clause facilitators and the purchasing directorate. */
    private static final Role[] HOURS_REPORTERS = { Role.FACILITATOR, Role.ACHATS };

    /** The DIEESS follows the SPASER: its targets, the closing of the hours' reporting. */
    private static final Role[] SPASER = { Role.DIEESS };

    @Bean
    WriteRules writeRules() {
        return WriteRules.builder()
                .registersOrganisations(SUPPLIER_AGENTS)
                // the EPTs' webhook subscriptions (their own territory), OPS replays a delivery
                .deliversWebhooks()
                // purchase plan
                .allow(POST, "/api/purchase-plan", BUYERS)
                .allow(PUT, "/api/purchase-plan/{id}", BUYERS)
                .allow(POST, "/plan-achats", BUYERS)
                // contracts
                .allow(POST, "/api/contracts", BUYERS)
                .allow(POST, "/api/contracts/{id}/award", BUYERS)
                .allow(POST, "/api/contracts/{id}/modifications", BUYERS)
                .allow(POST, "/marches", BUYERS)
                .allow(POST, "/marches/{id}/attribution", BUYERS)
                .allow(POST, "/marches/{id}/modifications", BUYERS)
                // insertion clauses
                .allow(POST, "/api/contracts/{id}/insertion-hours", HOURS_REPORTERS)
                .allow(POST, "/marches/{id}/heures-insertion", HOURS_REPORTERS)
                .allow(PUT, "/api/insertion-hours/closure", SPASER)
                .allow(POST, "/heures-insertion/cloture", SPASER)
                // SPASER targets
                .allow(PUT, "/api/spaser/targets/{year}", SPASER)
                .allow(POST, "/spaser/targets", SPASER)
                // ESS supplier directory
                .allow(PUT, "/api/suppliers/{siret}", SUPPLIER_AGENTS)
                .allow(POST, "/fournisseurs", SUPPLIER_AGENTS)
                .allow(POST, "/fournisseurs/{siret}", SUPPLIER_AGENTS)
                // sourcing: buyers publish needs and record their outcome; buyers and facilitators meet suppliers
                .allow(POST, "/api/sourcing-needs", BUYERS)
                .allow(PUT, "/api/sourcing-needs/{id}/outcome", BUYERS)
                .allow(POST, "/api/sourcing-needs/{id}/interests", SUPPLIER_AGENTS)
                .allow(POST, "/besoins", BUYERS)
                .allow(POST, "/besoins/{id}/issue", BUYERS)
                .allow(POST, "/besoins/{id}/interets", SUPPLIER_AGENTS)
                .allow(POST, "/api/sourcing-meetings", SUPPLIER_AGENTS)
                .allow(POST, "/api/sourcing-meetings/{id}/participants", SUPPLIER_AGENTS)
                .allow(POST, "/api/sourcing-meetings/{id}/needs", SUPPLIER_AGENTS)
                .allow(POST, "/rencontres", SUPPLIER_AGENTS)
                .allow(POST, "/rencontres/{id}/participants", SUPPLIER_AGENTS)
                .allow(POST, "/rencontres/{id}/besoins", SUPPLIER_AGENTS)
                .build();
    }
}
