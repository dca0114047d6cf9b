package fr.essor.procurement.sourcing.domain;

import java.time.Instant;

/** A sourcing need presented or discussed at a meeting. */
public record DiscussedNeed(String needId, String object, Instant addedAt, String addedBy) {
}
