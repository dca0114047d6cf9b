package fr.essor.benchmarks.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a {@link LoadShape}'s writes: write {@code i} (0 ≤ i < events) by writer {@code i % writers}; when paced, write
 * {@code i} starts no earlier than {@code i / perSecond} seconds after the start (a writer behind schedule writes at
 * once: the rate is an upper bound, and a path that cannot keep it shows it in its latencies).
 */
final class Pacer {

    interface Write {
        void write(int index) throws Exception;
    }

    private Pacer() {
    }

    static void drive(LoadShape shape, Write write) throws Exception {
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(shape.writers())) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < shape.writers(); w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = writer; i < shape.events(); i += shape.writers()) {
                        if (shape.paced()) {
                            long due = start + (long) (i * 1_000_000_000L / shape.perSecond());
                            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                                LockSupport.parkNanos(wait);
                            }
                        }
                        write.write(i);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }
    }
}
