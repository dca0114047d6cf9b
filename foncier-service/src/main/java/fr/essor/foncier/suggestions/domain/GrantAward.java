package fr.essor.foncier.suggestions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant funding voted for an organisation's project, as foncier reads it from funding's {@code grant-awarded.v1}.
 *
 * @param nature OPERATING, INVESTMENT or MIXED
 */
public record GrantAward(String applicationId, String programme, String callId, String organisationId,
                         String organisationName, String projectTitle, BigDecimal amount, String nature,
                         String territoryCode, List<String> communesInsee, LocalDate decidedOn, Instant awardedAt) {

    public GrantAward {
        communesInsee = communesInsee == null ? List.of() : List.copyOf(communesInsee);
    }

    boolean funds(String wanted) {
        return wanted.equals(nature);
    }
}
