package fr.essor.funding.decisions.domain;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationDetails;
import fr.essor.funding.aaa.domain.GrantNature;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An application on a session's agenda, as it was proposed (what the laureate lists need), and its vote once
 * recorded.
 */
public record AgendaItem(String applicationId, String organisationId, String organisationName, String projectTitle,
                         String theme, BigDecimal amountRequested, GrantNature nature, int durationYears,
                         String territoryCode, List<String> territoryCodes, List<String> communesInsee, boolean qpv,
                         Vote vote) {

    public AgendaItem {
        territoryCodes = List.copyOf(territoryCodes);
        communesInsee = List.copyOf(communesInsee);
    }

    static AgendaItem of(Application application) {
        ApplicationDetails d = application.details();
        return new AgendaItem(application.id(), d.organisationId(), d.organisationName(), d.title(), d.theme(),
                d.amounts().total(), d.amounts().nature(), d.durationYears(), d.mainTerritoryCode(),
                d.territoryCodes(), d.communes().stream().map(c -> c.inseeCode()).toList(), d.qpv(), null);
    }

    public Optional<Vote> voted() {
        return Optional.ofNullable(vote);
    }

    public boolean granted() {
        return vote != null && vote.granted();
    }

    /** The project acts on this EPT's territory (its laureate list names it). */
    public boolean concerns(String territory) {
        return territoryCodes.contains(territory);
    }

    AgendaItem withVote(Vote next) {
        return new AgendaItem(applicationId, organisationId, organisationName, projectTitle, theme, amountRequested,
                nature, durationYears, territoryCode, territoryCodes, communesInsee, qpv, next);
    }
}
