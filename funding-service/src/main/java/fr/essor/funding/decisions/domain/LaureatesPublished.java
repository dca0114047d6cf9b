package fr.essor.funding.decisions.domain;

import java.time.Instant;
import java.util.List;

/**
 * A closed session's laureates on one EPT's territory (possibly none): the list that EPT receives. One fact per EPT
 * and session.
 */
public record LaureatesPublished(String eventId, VotingSession session, String territoryCode,
                                 List<AgendaItem> laureates, Instant occurredAt, String recordedBy) {

    public LaureatesPublished {
        laureates = List.copyOf(laureates);
    }
}
