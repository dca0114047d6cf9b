package fr.essor.foncier.premises.web;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may register and change needs and offers: the intermediation cell (DIEESS) and administrators. Everybody
 * signed in may read; an EPT account reads only its own territory.
 */
@Component
class PremisesWriters {

    private final CurrentActor currentActor;

    PremisesWriters(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    boolean canWrite() {
        return currentActor.hasAnyRole(Role.DIEESS, Role.ADMIN);
    }

    /** The actor about to write, refused unless a member of the cell or an administrator. */
    Actor writer() {
        if (!canWrite()) {
            throw new AccessDeniedException("Réservé à la cellule d'intermédiation foncière (DIEESS).");
        }
        return currentActor.current();
    }

    /** The EPT an EPT account is bound to, {@code null} for everybody else. */
    String readableTerritory() {
        return currentActor.find().filter(actor -> actor.hasRole(Role.EPT)).map(Actor::territory).orElse(null);
    }
}
