package fr.essor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM. Its console output goes to its own log file; the previous run's log is
 * kept beside it as {@code <name>.previous.log}. Used by the launcher and by the end-to-end tests.
 */
public final class ServiceProcess {

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private final URI healthUri;
    private Process process;

    /**
     * @param name      what messages call it, and the prefix of the previous run's log ({@code roadmap-service})
     * @param command   the command line, e.g. from {@link #javaCommand}
     * @param logFile   where its standard output and error go
     * @param healthUri its {@code /actuator/health}, which {@link HealthProbe} asks
     */
    public ServiceProcess(String name, List<String> command, Path logFile, URI healthUri) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logFile;
        this.healthUri = healthUri;
    }

    /** {@code java <jvmOptions> -jar <jar> <args>} with the java that runs this JVM. */
    public static List<String> javaCommand(List<String> jvmOptions, Path jar, List<String> args) {
        return concat(java(jvmOptions), List.of("-jar", jar.toString()), args);
    }

    /** {@code java <jvmOptions>} with the java that runs this JVM. */
    static List<String> java(List<String> jvmOptions) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvm = jvmOptions.stream().filter(option -> !option.isBlank()).toList();
        return concat(List.of(java), jvm, quietUnsafeWarnings());
    }

    /** Since Java 24 Netty, Kafka and others trigger a sun.misc.Unsafe warning at every start; the option is unknown before. */
    private static List<String> quietUnsafeWarnings() {
        return Runtime.version().feature() >= 24 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    public synchronized void start() {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(name + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " with " + String.join(" ", command), e);
        }
    }

    /**
     * Sends SIGTERM to every process at once, so that they shut down gracefully side by side, then waits for each
     * and kills the ones still there after {@code grace}.
     */
    public static void stopAll(List<ServiceProcess> processes, Duration grace) {
        processes.forEach(ServiceProcess::requestStop);
        processes.forEach(process -> process.awaitExit(grace));
    }

    private synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits without holding this object, so that {@link #kill()} stays possible meanwhile. */
    private void awaitExit(Duration grace) {
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

    /** Kills at once: for a JVM shutdown hook, when there is no time for grace. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized int exitValue() {
        return process.exitValue();
    }

    public synchronized long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public URI healthUri() {
        return healthUri;
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, to show why a service did not come up. */
    public String logTail(int lines) {
        try {
            // lenient decoding: a log may end in the middle of a character
            List<String> all = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
