package fr.essor.roadmap.indicators.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How an indicator is stored (collection {@code indicators}); decimals are kept as their exact text, and the outbox
 * of {@code indicator-value-recorded.v1} facts lives in the same document.
 */
record IndicatorDocument(String id, String name, String description, String unit, String periodicity, String kind,
                         String rule, boolean byTerritory, String source, Map<String, String> targets,
                         List<ValueDocument> values, long version) {

    record ValueDocument(String valueId, int year, String valueDate, String territoryCode, String value,
                         String target, String source, String comment, Instant recordedAt, String recordedBy) {
    }
}
