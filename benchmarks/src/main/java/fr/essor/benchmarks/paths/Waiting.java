package fr.essor.benchmarks.paths;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a path to have applied a phase's events, at most ten minutes. */
final class Waiting {

    private static final Duration LIMIT = Duration.ofMinutes(10);

    private Waiting() {
    }

    static void until(BooleanSupplier done, Supplier<String> progress) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not done within " + LIMIT + ": " + progress.get());
            }
            Thread.sleep(20);
        }
    }
}
