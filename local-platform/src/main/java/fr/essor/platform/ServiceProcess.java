package fr.essor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM. Its console output goes to its own log file; the previous run's log is
 * kept beside it as {@code <name>.previous.log}.
 */
final class ServiceProcess {

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private final URI healthUri;
    private Process process;

    ServiceProcess(String name, List<String> command, Path logFile, URI healthUri) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logFile;
        this.healthUri = healthUri;
    }

    /** {@code java <jvmOptions> -jar <jar> <args>} with the java that runs this JVM. */
    static List<String> javaCommand(List<String> jvmOptions, Path jar, List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvm = jvmOptions.stream().filter(option -> !option.isBlank()).toList();
        return concat(List.of(java), jvm, quietUnsafeWarnings(), List.of("-jar", jar.toString()), args);
    }

    /** Since Java 24 Netty, Kafka and others trigger a sun.misc.Unsafe warning at every start; the option is unknown before. */
    private static List<String> quietUnsafeWarnings() {
        return Runtime.version().feature() >= 24 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    synchronized void start() {
        try {
            Files.createDirectories(logFile.getParent());
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

    /** Sends SIGTERM so the service shuts down gracefully; kills it if it is still there after {@code graceSeconds}. */
    synchronized void stop(long graceSeconds) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Asks for a graceful stop without waiting, so several services can stop at the same time. */
    synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized int exitValue() {
        return process.exitValue();
    }

    synchronized long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    URI healthUri() {
        return healthUri;
    }

    Path logFile() {
        return logFile;
    }

    /** The last lines of the log, to show why a service did not come up. */
    String logTail(int lines) {
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
