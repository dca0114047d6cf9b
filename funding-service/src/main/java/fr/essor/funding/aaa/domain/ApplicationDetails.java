package fr.essor.funding.aaa.domain;

import fr.essor.kit.reference.Commune;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an application says about its project, once checked: the organisation (from the registry), title, summary,
 * theme, amounts, duration, communes of action (hence EPTs), the declared QPV flag, the project budget and the
 * opt-in to the incubation programme.
 */
public record ApplicationDetails(String organisationId, String organisationName, String title, String summary,
                                 String theme, RequestedAmounts amounts, int durationYears, List<Commune> communes,
                                 boolean qpv, BigDecimal projectBudget, boolean incubation) {

    public ApplicationDetails {
        communes = List.copyOf(communes);
    }

    /** The EPTs of the communes of action, in the order the communes were given, without repeats. */
    public List<String> territoryCodes() {
        return communes.stream().map(c -> c.territory().code()).distinct().toList();
    }

    /** The project's main EPT: the one of its first commune of action. */
    public String mainTerritoryCode() {
        return communes.getFirst().territory().code();
    }
}
