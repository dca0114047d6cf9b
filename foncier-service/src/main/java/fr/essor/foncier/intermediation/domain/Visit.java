package fr.essor.foncier.intermediation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A visit of the premises: when, who took part (roles, not people), what came of it, and who recorded it. */
public record Visit(LocalDate date, Set<Participant> participants, String feedback, Instant recordedAt,
                    String recordedBy) {

    public Visit {
        participants = Set.copyOf(participants);
    }
}
