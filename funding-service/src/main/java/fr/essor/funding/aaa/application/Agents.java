package fr.essor.funding.aaa.application;

import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** How a signed-in actor is seen by the Appel à Agir: its instructing directorates, whether it pilots, its EPT. */
public final class Agents {

    private Agents() {
    }

    public static Agent of(Actor actor) {
        Set<Directorate> directorates = EnumSet.noneOf(Directorate.class);
        for (Role role : actor.roles()) {
            Directorate.fromCode(role.name()).ifPresent(directorates::add);
        }
        String territory = actor.hasRole(Role.EPT) ? actor.territory() : null;
        return new Agent(actor.username(), directorates, actor.hasAnyRole(Role.DMTA, Role.ADMIN), territory);
    }

    /** Agents who enter applications: the instructing directorates, instructors and administrators. */
    public static boolean mayEnterApplications(Actor actor) {
        return actor.hasAnyRole(Role.DMTA, Role.DIEESS, Role.DJVA, Role.DTER, Role.INSTRUCTOR, Role.ADMIN);
    }
}
