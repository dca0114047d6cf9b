package fr.essor.roadmap.directory.domain;

import java.time.Instant;

/** One service that knows an organisation, in which role, since when, and the last fact it reported. */
public record Acquaintance(String service, Relationship relationship, long version, Instant lastChangeAt,
                           String lastChangeBy) {
}
