package fr.essor.procurement.spaser.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who sets the SPASER targets: the DIEESS, which follows the scheme, and the administration. */
final class SpaserEditors {

    static final Role[] ROLES = {Role.DIEESS, Role.ADMIN};

    private SpaserEditors() {
    }

    static boolean maySetTargets(CurrentActor actor) {
        return actor.hasAnyRole(ROLES);
    }

    static void require(CurrentActor actor) {
        if (!maySetTargets(actor)) {
            throw new AccessDeniedException("Seules la DIEESS et l'administration fixent les objectifs du SPASER.");
        }
    }
}
