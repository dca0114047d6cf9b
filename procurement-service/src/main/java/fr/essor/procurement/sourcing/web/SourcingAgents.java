package fr.essor.procurement.sourcing.web;

import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.security.Role;
import fr.essor.procurement.web.Buyers;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what in matchmaking: buyer directorates publish needs and record their outcome; they and the clause
 * facilitators, who meet the suppliers, record interest on a supplier's behalf and keep the meetings.
 */
final class SourcingAgents {

    private SourcingAgents() {
    }

    static boolean mayPublish(CurrentActor actor) {
        return Buyers.isBuyer(actor);
    }

    static boolean mayMeetSuppliers(CurrentActor actor) {
        return Buyers.isBuyer(actor) || actor.hasAnyRole(Role.FACILITATOR);
    }

    static void requirePublisher(CurrentActor actor) {
        if (!mayPublish(actor)) {
            throw new AccessDeniedException("Seules les directions acheteuses publient un besoin et en notent l'issue.");
        }
    }

    static void requireSupplierAgent(CurrentActor actor) {
        if (!mayMeetSuppliers(actor)) {
            throw new AccessDeniedException("Seuls les acheteurs et les facilitateurs de clauses enregistrent "
                    + "l'intérêt des fournisseurs et les rencontres.");
        }
    }
}
