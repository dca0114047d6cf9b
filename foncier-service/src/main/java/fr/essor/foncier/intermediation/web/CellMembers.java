package fr.essor.foncier.intermediation.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who follows intermediations: the cell (DIEESS) and administrators write; EPT accounts do not see them. */
@Component
class CellMembers {

    private final CurrentActor currentActor;

    CellMembers(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    boolean canWrite() {
        return currentActor.hasAnyRole(Role.DIEESS, Role.ADMIN);
    }

    String writer() {
        if (!canWrite()) {
            throw new AccessDeniedException("Réservé à la cellule d'intermédiation foncière (DIEESS).");
        }
        return currentActor.current().username();
    }

    void reader() {
        if (currentActor.hasAnyRole(Role.EPT)) {
            throw new AccessDeniedException("Le suivi des mises en relation est interne à la cellule.");
        }
    }
}
