package fr.essor.kit.metrics;

import org.springframework.context.SmartLifecycle;

import java.time.Duration;

/**
 * Gauges measured by a thread of their own, every refresh interval, never during a scrape nor by the work they
 * observe: a measure waiting on an unreachable broker or store would make the scrape time out, and work that is stuck
 * would stop refreshing the very gauges meant to show it. A failed measure keeps the last one; the subclass says
 * what that means for its gauges.
 */
public abstract class MeasuredOnItsOwnThread implements SmartLifecycle {

    private final String threadName;
    private final Duration refreshInterval;
    private volatile boolean running;
    private Thread thread;

    protected MeasuredOnItsOwnThread(String threadName, Duration refreshInterval) {
        this.threadName = threadName;
        this.refreshInterval = refreshInterval;
    }

    /** Measures now and records what the gauges read. */
    public abstract void refresh();

    /** A measure failed (the last one stands): say so. */
    protected abstract void measureFailed(RuntimeException e);

    protected Duration refreshInterval() {
        return refreshInterval;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name(threadName).daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                refresh();
            } catch (RuntimeException e) {
                measureFailed(e);
            }
            try {
                Thread.sleep(refreshInterval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
