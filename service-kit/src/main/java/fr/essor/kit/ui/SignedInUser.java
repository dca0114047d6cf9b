package fr.essor.kit.ui;

import java.util.List;
import java.util.Set;

import fr.essor.kit.reference.Territories;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

/**
 * The signed-in person as the page header shows it.
 *
 * @param roleLabels     the French labels of the roles
 * @param territory      the EPT code the account is bound to, or {@code null}
 * @param territoryLabel e.g. "Plaine Commune (T6)", or {@code null}
 * @param operator       whether the person runs the platform (OPS or ADMIN): the footer links the ops pages
 * @param grantedRoles   the roles themselves, for a page to offer only what the person may open
 * @param applicant      whether the person is only an applicant (ADR-0016): no link to the agents' pages
 */
public record SignedInUser(String username, List<String> roleLabels, String territory, String territoryLabel,
                           boolean operator, Set<Role> grantedRoles, boolean applicant) {

    static SignedInUser of(Actor actor) {
        List<String> labels = actor.roles().stream().sorted().map(Role::label).toList();
        String territory = actor.territory();
        String territoryLabel = territory == null ? null : Territories.label(territory);
        return new SignedInUser(actor.username(), labels, territory, territoryLabel,
                actor.roles().contains(Role.OPS) || actor.roles().contains(Role.ADMIN), Set.copyOf(actor.roles()),
                actor.isApplicantOnly());
    }

    /**
     * Whether the person holds one of these roles (by name, e.g. {@code ${layout.user.hasAnyRole('ACHATS', 'ADMIN')}}
     * in a template), so that a page offers only the links its reader may follow.
     */
    public boolean hasAnyRole(String... names) {
        for (String name : names) {
            if (grantedRoles.contains(Role.valueOf(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this is an EPT's account without administration rights: the pages reserved to the Département's
     * agents (dashboards, sessions, cross-directorate views) are not offered to it.
     */
    public boolean territoryAccount() {
        return grantedRoles.contains(Role.EPT) && !grantedRoles.contains(Role.ADMIN);
    }

    /** The role labels as one line of text. */
    public String roles() {
        return String.join(", ", roleLabels);
    }
}
