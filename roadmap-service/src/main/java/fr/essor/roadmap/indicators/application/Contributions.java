package fr.essor.roadmap.indicators.application;

import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.RecordedContribution;

import java.time.Instant;

import java.util.List;

/** What the upstream facts brought to the computed indicators: the projection the values are computed from. */
public interface Contributions {

    /**
     * Stores a contribution under its id (indicator + event id) unless it is already there.
     *
     * @return true when it is new, false for a redelivered or replayed fact
     */
    boolean record(Contribution contribution);

    List<Contribution> of(String indicatorId);

    /** The contributions to this indicator with the time each was recorded. */
    List<RecordedContribution> recordedOf(String indicatorId);

    /** Whether some contribution was recorded at or after this time. */
    boolean recordedSince(Instant since);

    /** Forgets every contribution, before the projection is rebuilt from the start of the topics. */
    long clear();
}
