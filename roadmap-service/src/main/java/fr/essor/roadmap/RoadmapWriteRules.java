package fr.essor.roadmap;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.essor.kit.security.Role;
import fr.essor.kit.security.WriteRules;

/**
 * Who may write what in the roadmap (ADR-0012): every write of the API and of the pages' forms, with the roles that may
 * make it; ADMIN may make them all, a write without a rule is refused to everyone. The kit enforces them before any
 * controller; the roadmap's own check (only an action's lead directorates, and the DIEESS which steers, change it)
 * comes after. The roadmap keeps no organisation registry: its directory builds itself from the other services'
 * events. The approved table is {@code src/test/resources/approved-write-rules.txt}.
 */
@Configuration(proxyBeanMethods = false)
class RoadmapWriteRules {

    /** The directorates that lead actions (the service checks which action is whose). */
    private static final Role[] DIRECTORATES = { Role.DIEESS, Role.DJVA, Role.DTER, Role.DMTA, Role.DPAS,
            Role.ACHATS };

    /** The DIEESS (its SENS team) steers the roadmap: indicators typed in, quarterly committees. */
    private static final Role[] STEERING = { Role.DIEESS };

    @Bean
    WriteRules writeRules() {
        return WriteRules.builder()
                // the follow-up of an action, by its lead directorates
                .allow(PATCH, "/api/actions/{code}", DIRECTORATES)
                .allow(PUT, "/api/actions/{code}", DIRECTORATES)
                .allow(POST, "/api/actions/{code}/milestones", DIRECTORATES)
                .allow(PATCH, "/api/actions/{code}/milestones/{id}", DIRECTORATES)
                .allow(DELETE, "/api/actions/{code}/milestones/{id}", DIRECTORATES)
                .allow(POST, "/api/actions/{code}/notes", DIRECTORATES)
                .allow(PUT, "/api/actions/{code}/budget/{year}", DIRECTORATES)
                .allow(DELETE, "/api/actions/{code}/budget/{year}", DIRECTORATES)
                .allow(POST, "/actions/{code}", DIRECTORATES)
                .allow(POST, "/actions/{code}/jalons", DIRECTORATES)
                .allow(POST, "/actions/{code}/jalons/{id}", DIRECTORATES)
                .allow(POST, "/actions/{code}/notes", DIRECTORATES)
                .allow(POST, "/actions/{code}/budget", DIRECTORATES)
                // indicators typed in by the steering; rebuilding the computed ones is the operators' job
                .allow(POST, "/api/indicators", STEERING)
                .allow(POST, "/api/indicators/{id}/values", STEERING)
                .allow(PUT, "/api/indicators/{id}/targets", STEERING)
                .allow(POST, "/indicateurs/{id}/valeurs", STEERING)
                .allow(POST, "/api/indicators/rebuild", Role.OPS)
                // quarterly committees: the steering opens, consolidates and publishes; lead directorates update
                .allow(POST, "/comites", STEERING)
                .allow(POST, "/comites/{id}/consolidation", STEERING)
                .allow(POST, "/comites/{id}/publication", STEERING)
                .allow(POST, "/comites/{id}/actions/{code}", DIRECTORATES)
                .build();
    }
}
