package fr.essor.foncier.hub.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who manages the hub: hub managers and administrators write; everybody signed in reads. */
@Component
class HubManagers {

    private final CurrentActor currentActor;

    HubManagers(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    boolean canWrite() {
        return currentActor.hasAnyRole(Role.HUB_MANAGER, Role.ADMIN);
    }

    String writer() {
        if (!canWrite()) {
            throw new AccessDeniedException("Réservé aux gestionnaires du pôle d'innovation.");
        }
        return currentActor.current().username();
    }
}
