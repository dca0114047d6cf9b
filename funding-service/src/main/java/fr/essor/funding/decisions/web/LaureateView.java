package fr.essor.funding.decisions.web;

import fr.essor.funding.decisions.application.Laureates;
import fr.essor.funding.decisions.domain.AgendaItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A laureate on one EPT's list, as the API and the exports show it. */
record LaureateView(String territoryCode, String sessionId, String decisionReference, LocalDate decidedOn,
                    String applicationId, String organisationId, String organisationName, String projectTitle,
                    String theme, BigDecimal amount, String nature, int durationYears, String mainTerritoryCode,
                    boolean qpv, List<String> communesInsee) {

    static LaureateView of(Laureates.Laureate l) {
        AgendaItem i = l.item();
        return new LaureateView(l.territoryCode(), l.sessionId(), l.deliberationReference(), l.decidedOn(),
                i.applicationId(), i.organisationId(), i.organisationName(), i.projectTitle(), i.theme(),
                i.vote().amount(), i.nature().name(), i.durationYears(), i.territoryCode(), i.qpv(),
                i.communesInsee());
    }
}
