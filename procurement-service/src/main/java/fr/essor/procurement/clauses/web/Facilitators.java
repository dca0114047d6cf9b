package fr.essor.procurement.clauses.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** Who may report insertion hours (the clause facilitators and the purchasing directorate) and close the reporting. */
final class Facilitators {

    static final Role[] REPORTERS = {Role.FACILITATOR, Role.ACHATS, Role.ADMIN};
    static final Role[] CLOSERS = {Role.DIEESS, Role.ADMIN};

    private Facilitators() {
    }

    static boolean mayReport(CurrentActor actor) {
        return actor.hasAnyRole(REPORTERS);
    }

    static boolean mayClose(CurrentActor actor) {
        return actor.hasAnyRole(CLOSERS);
    }

    static void requireReporter(CurrentActor actor) {
        if (!mayReport(actor)) {
            throw new AccessDeniedException(
                    "Seuls les facilitateurs de clauses, la commande publique et l'administration déclarent des heures.");
        }
    }

    static void requireCloser(CurrentActor actor) {
        if (!mayClose(actor)) {
            throw new AccessDeniedException("Seules la DIEESS et l'administration closent les déclarations d'heures.");
        }
    }
}
