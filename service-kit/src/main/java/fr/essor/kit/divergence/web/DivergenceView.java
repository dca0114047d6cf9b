package fr.essor.kit.divergence.web;

import fr.essor.kit.divergence.domain.Divergence;
import fr.essor.kit.divergence.domain.DivergenceReport;
import fr.essor.kit.divergence.infrastructure.DivergenceDetector;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last divergence check, as the ops API answers it.
 *
 * @param checked          whether a pass ran yet (else the other fields are empty)
 * @param checkedAt        when the last pass started
 * @param durationMillis   how long it took
 * @param gracePeriod      how old a record or log entry must be to count (ISO-8601 duration)
 * @param interval         how often passes run (ISO-8601 duration)
 * @param lastFailure      why the last scheduled pass failed, if it did (the previous report is kept)
 * @param topicRecords     records read from the service's topics
 * @param loggedEvents     entries of its event log
 * @param aggregates       aggregate documents read
 * @param divergentEvents  divergent events per kind (the gauge {@code essor_divergent_events{kind}})
 * @param divergenceCount  how many things were found apart
 * @param divergences      each thing found apart, the first {@value #LIMIT} at most
 */
public record DivergenceView(boolean checked, Instant checkedAt, Long durationMillis, String gracePeriod,
                             String interval, String lastFailure, Integer topicRecords, Integer loggedEvents,
                             Integer aggregates, Map<String, Integer> divergentEvents, int divergenceCount,
                             List<Item> divergences) {

    /** How many divergences the API and the page list (the gauge and the count take them all). */
    static final int LIMIT = 500;

    /**
     * One thing found apart.
     *
     * @param kind          {@code unknown_to_store}, {@code missing_on_topic} or {@code versions_apart}
     * @param label         the kind in French
     * @param description   what diverges, in French
     * @param eventIds      the events concerned
     * @param aggregate     the aggregate id ({@code ce_subject})
     * @param collection    its collection, when known
     * @param topicVersion  the highest version on the topic (versions apart)
     * @param storedVersion the version in the store, null when the document is gone (versions apart)
     */
    public record Item(String kind, String label, String description, List<String> eventIds, String eventType,
                       String topic, String aggregate, String collection, Long topicVersion, Long storedVersion) {

        static Item of(Divergence divergence) {
            return new Item(divergence.kind().tag(), divergence.kind().label(), divergence.description(),
                    divergence.eventIds(), divergence.eventType(), divergence.topic(), divergence.aggregate(),
                    divergence.collection(), divergence.topicVersion(), divergence.storedVersion());
        }
    }

    static DivergenceView of(DivergenceDetector detector) {
        String grace = detector.gracePeriod().toString();
        String interval = detector.interval().toString();
        String failure = detector.lastFailure().orElse(null);
        return detector.lastReport().map(report -> of(report, grace, interval, failure))
                .orElseGet(() -> new DivergenceView(false, null, null, grace, interval, failure, null, null, null,
                        Map.of(), 0, List.of()));
    }

    private static DivergenceView of(DivergenceReport report, String grace, String interval, String failure) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.eventsByKind().forEach((kind, count) -> counts.put(kind.tag(), count));
        return new DivergenceView(true, report.checkedAt(), report.took().toMillis(), grace, interval, failure,
                report.topicRecords(), report.loggedEvents(), report.aggregates(), counts,
                report.divergences().size(), report.divergences().stream().limit(LIMIT).map(Item::of).toList());
    }
}
