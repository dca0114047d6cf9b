package fr.essor.e2e;

import fr.essor.platform.EssorService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One service jar running as a child JVM, its console written to its own log file. */
final class ServiceJvm {

    private final EssorService service;
    private final List<String> command;
    private final Path logFile;
    private Process process;

    ServiceJvm(EssorService service, List<String> command, Path logFile) {
        this.service = service;
        this.command = List.copyOf(command);
        this.logFile = logFile;
    }

    synchronized void start() {
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.moduleName() + ": " + String.join(" ", command), e);
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized int exitValue() {
        return process.exitValue();
    }

    /** SIGTERM without waiting, so that the services shut down gracefully at the same time. */
    synchronized void requestStop() {
        if (isAlive()) {
            process.destroy();
        }
    }

    /** Waits for the graceful stop, then kills what is left. */
    void awaitStop(Duration grace) {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null) {
            return;
        }
        try {
            if (!running.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills at once: for the JVM shutdown hook, when there is no time for grace. */
    synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    EssorService service() {
        return service;
    }

    Path logFile() {
        return logFile;
    }

    /** The last lines of the service's log, to show why it did not come up. */
    String logTail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
