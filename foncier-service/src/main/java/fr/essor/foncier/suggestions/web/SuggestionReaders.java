package fr.essor.foncier.suggestions.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who sees the growth suggestions (everybody signed in but EPT accounts) and who dismisses them (the cell). */
@Component
class SuggestionReaders {

    private final CurrentActor currentActor;

    SuggestionReaders(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    boolean canDismiss() {
        return currentActor.hasAnyRole(Role.DIEESS, Role.ADMIN);
    }

    void reader() {
        if (currentActor.hasAnyRole(Role.EPT)) {
            throw new AccessDeniedException("Les suggestions sont le travail de la cellule d'intermédiation.");
        }
    }

    /** @return the username of the cell member dismissing, refused for anybody else */
    String dismisser() {
        if (!canDismiss()) {
            throw new AccessDeniedException("Réservé à la cellule d'intermédiation foncière (DIEESS).");
        }
        return currentActor.current().username();
    }
}
