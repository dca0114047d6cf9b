package fr.essor.kit.ui;

import java.util.List;
import java.util.Map;

import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;

/**
 * The signed-in person as the page header shows it.
 *
 * @param roleLabels     the French labels of the roles
 * @param territory      the EPT code the account is bound to, or {@code null}
 * @param territoryLabel e.g. "Plaine Commune (T6)", or {@code null}
 * @param operator       whether the person runs the platform (OPS or ADMIN): the footer links the ops pages
 * @param applicant      whether the person is only an applicant (ADR-0016): no link to the agents' pages
 */
public record SignedInUser(String username, List<String> roleLabels, String territory, String territoryLabel,
                           boolean operator, boolean applicant) {

    private static final Map<String, String> EPT_NAMES = Map.of(
            "T6", "Plaine Commune",
            "T7", "Paris Terres d'Envol",
            "T8", "Est Ensemble",
            "T9", "Grand Paris Grand Est");

    static SignedInUser of(Actor actor) {
        List<String> labels = actor.roles().stream().sorted().map(Role::label).toList();
        String territory = actor.territory();
        String territoryLabel = territory == null ? null
                : EPT_NAMES.getOrDefault(territory, territory) + " (" + territory + ")";
        return new SignedInUser(actor.username(), labels, territory, territoryLabel,
                actor.roles().contains(Role.OPS) || actor.roles().contains(Role.ADMIN), actor.isApplicantOnly());
    }

    /** The role labels as one line of text. */
    public String roles() {
        return String.join(", ", roleLabels);
    }
}
