package fr.essor.kit.organisations.web;

import fr.essor.kit.organisations.application.OrganisationSearch;

import java.util.Optional;

/**
 * What a form's « SIRET, RNA ou nom » field designates, for the pages where an agent chooses a structure: the
 * identifier of the one structure found (a SIRET typed with spaces, an RNA in lower case, a part of a name), or what
 * was typed with the candidates to choose from when several match. The APIs take identifiers only: a name never
 * designates a structure there.
 */
public class OrganisationChoice {

    private final OrganisationSearch search;

    public OrganisationChoice(OrganisationSearch search) {
        this.search = search;
    }

    /**
     * @param identifier what the use case is to be given: the structure's id when one was found, else what was typed
     * @param ambiguity  the message that replaces the use case's « unknown » when several structures match
     */
    public record Chosen(String identifier, Optional<String> ambiguity) {
    }

    public Chosen choose(String typed) {
        String text = typed == null ? "" : typed.strip();
        return switch (search.find(text)) {
            case OrganisationSearch.Found found -> new Chosen(found.organisation().id(), Optional.empty());
            case OrganisationSearch.Several several -> new Chosen(text, Optional.of(several.message(text)));
            case OrganisationSearch.NoneFound none -> new Chosen(text, Optional.empty());
        };
    }
}
