package fr.essor.procurement.spaser.infrastructure;

import java.time.Instant;
import java.util.Map;

/** How a year's targets are stored (collection {@code spaser-targets}, id = year); values as decimal strings. */
record TargetsDocument(Integer id, Map<String, String> targets, long version, Instant updatedAt, String updatedBy) {
}
