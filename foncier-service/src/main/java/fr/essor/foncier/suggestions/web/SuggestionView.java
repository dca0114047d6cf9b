package fr.essor.foncier.suggestions.web;

import fr.essor.foncier.suggestions.domain.GrantAward;
import fr.essor.foncier.suggestions.domain.GrowthSuggestion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A growth suggestion as the API shows it. */
record SuggestionView(String id, String reason, String organisationId, String organisationName, String applicationId,
                      String programme, String projectTitle, BigDecimal amount, String nature, String territoryCode,
                      LocalDate decidedOn, Instant suggestedAt, boolean open, Instant dismissedAt,
                      String dismissedBy, String newNeedPath) {

    static SuggestionView of(GrowthSuggestion s) {
        GrantAward a = s.award();
        return new SuggestionView(s.id(), s.reason().name(), a.organisationId(), a.organisationName(),
                a.applicationId(), a.programme(), a.projectTitle(), a.amount(), a.nature(), a.territoryCode(),
                a.decidedOn(), s.suggestedAt(), s.open(), s.dismissedAt(), s.dismissedBy(),
                "/besoins/nouveau?organisationId=" + a.organisationId());
    }
}
