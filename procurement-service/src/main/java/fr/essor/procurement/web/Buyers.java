package fr.essor.procurement.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may open, award and modify contracts: the purchasing directorate and the buying directorates. */
public final class Buyers {

    static final Role[] ROLES = {Role.ACHATS, Role.DIEESS, Role.DJVA, Role.DTER, Role.DMTA, Role.DPAS, Role.ADMIN};

    private Buyers() {
    }

    public static boolean isBuyer(CurrentActor actor) {
        return actor.hasAnyRole(ROLES);
    }

    public static void require(CurrentActor actor) {
        if (!isBuyer(actor)) {
            throw new AccessDeniedException("Seules les directions acheteuses peuvent modifier les marchés.");
        }
    }
}
