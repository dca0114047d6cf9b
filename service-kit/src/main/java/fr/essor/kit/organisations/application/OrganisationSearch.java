package fr.essor.kit.organisations.application;

import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationQuery;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the structure a person means, wherever a structure is chosen: by SIRET or SIREN with any spacing, by RNA, or
 * by a part of its name (accents and case aside). One answer is the structure; several are offered to choose from.
 */
public class OrganisationSearch {

    /** How many structures are offered to choose from, at most. */
    public static final int CANDIDATES = 8;

    private final Organisations organisations;

    public OrganisationSearch(Organisations organisations) {
        this.organisations = organisations;
    }

    public sealed interface Result permits Found, Several, NoneFound {
    }

    public record Found(Organisation organisation) implements Result {
    }

    /** Several structures match; {@code more} when there are more than those listed. */
    public record Several(List<Organisation> candidates, boolean more) implements Result {

        /** « Plusieurs structures correspondent à « … » : A (SIRET …), B (RNA …). Indiquez le SIRET ou le RNA… » */
        public String message(String typed) {
            return "Plusieurs structures correspondent à « " + typed.strip() + " » : "
                    + candidates.stream().map(OrganisationSearch::describe).collect(Collectors.joining(", "))
                    + (more ? " et d'autres" : "") + ". Indiquez le SIRET ou le RNA de la bonne.";
        }
    }

    public record NoneFound() implements Result {
    }

    public Result find(String typed) {
        OrganisationQuery query = OrganisationQuery.of(typed);
        if (query instanceof OrganisationQuery.Nothing) {
            return new NoneFound();
        }
        List<Organisation> found = organisations.search(query, CANDIDATES + 1);
        return switch (found.size()) {
            case 0 -> new NoneFound();
            case 1 -> new Found(found.getFirst());
            default -> new Several(found.stream().limit(CANDIDATES).toList(), found.size() > CANDIDATES);
        };
    }

    /** « Recyclerie du Canal (SIRET 418 166 096 00069, Saint-Denis) » */
    public static String describe(Organisation organisation) {
        var d = organisation.details();
        String identifier = d.siret() != null ? "SIRET " + spaced(d.siret().value()) : "RNA " + d.rna().value();
        return d.name() + " (" + identifier + ", " + d.commune().name() + ")";
    }

    private static String spaced(String siret) {
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
                + siret.substring(9);
    }
}
