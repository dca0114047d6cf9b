package fr.essor.roadmap.indicators.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A contribution with the time roadmap recorded it: when it learnt the fact, not when the fact happened, so that a
 * fact arriving late still changes the territory feeds after what they already served.
 */
public record RecordedContribution(Contribution contribution, Instant recordedAt) {

    public RecordedContribution {
        Objects.requireNonNull(contribution, "contribution");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
