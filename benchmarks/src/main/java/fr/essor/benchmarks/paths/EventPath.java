package fr.essor.benchmarks.paths;

/**
 * One way of getting a write to a consumer on the platform's broker and store: a document written, its event
 * published ({@code acks=all}, idempotent producer) and applied by a consumer as an insert keyed by event id.
 */
interface EventPath extends AutoCloseable {

    String name();

    /** Writes the shape's events, waits until every one was applied, and reports. */
    PathRun run(LoadShape shape) throws Exception;
}
