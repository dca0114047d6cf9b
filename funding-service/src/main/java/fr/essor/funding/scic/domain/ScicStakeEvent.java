package fr.essor.funding.scic.domain;

import java.time.Instant;

/** A fact about a stake, carrying the stake as it is right after the fact (its id and version among the rest). */
public sealed interface ScicStakeEvent permits ScicStakeEvent.Acquired, ScicStakeEvent.Changed, ScicStakeEvent.Sold {

    String eventId();

    ScicStake stake();

    Instant occurredAt();

    String recordedBy();

    /** The Département took the stake (or its figures were recorded for the first time). */
    record Acquired(String eventId, ScicStake stake, Instant occurredAt, String recordedBy) implements ScicStakeEvent {
    }

    /** The stake was increased, reduced or corrected. */
    record Changed(String eventId, ScicStake stake, StakeChange change, java.time.LocalDate changedOn,
                   String deliberationReference, Instant occurredAt, String recordedBy) implements ScicStakeEvent {
    }

    /** The whole stake was sold. */
    record Sold(String eventId, ScicStake stake, long sharesSold, java.math.BigDecimal saleAmount,
                String deliberationReference, Instant occurredAt, String recordedBy) implements ScicStakeEvent {
    }
}
