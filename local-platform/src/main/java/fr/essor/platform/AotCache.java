package fr.essor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A service jar started from its JDK AOT cache (JEP 483 and 514, Java 25 and later; Spring Boot's "AOT cache"): the
 * jar is extracted once (Boot's {@code jarmode=tools extract}: the cache needs plain jars on the class path), a
 * training run with the service's own options and arguments starts its context and exits
 * ({@code -Dspring.context.exit=onRefresh}, {@code -XX:AOTCacheOutput}), and every later start maps the classes
 * already loaded and linked from the cache instead of reading, verifying and linking them again.
 * <p>
 * Kept in {@code target/aot/} beside the jar, with the jar's size and time: a rebuilt jar is extracted and trained
 * again, {@code mvn clean} removes it. A training run that fails leaves no cache: the service starts from its jar,
 * as without one. On a JDK before 25 there is none.
 */
final class AotCache {

    static final String CACHE = "app.aot";
    private static final String STAMP = "jar.stamp";
    private static final Duration TRAINING_LIMIT = Duration.ofMinutes(5);

    private final Path jar;
    private final Path dir;

    AotCache(Path jar) {
        this.jar = jar;
        this.dir = jar.toAbsolutePath().getParent().resolve("aot").resolve(stripJar(jar.getFileName().toString()));
    }

    static boolean supported() {
        return Runtime.version().feature() >= 25;
    }

    /** The command that starts the service from its cache, if it has a current one. */
    Optional<List<String>> command(List<String> jvmOptions, List<String> args) {
        if (!isCurrent()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:AOTCache=" + dir.resolve(CACHE));
        return Optional.of(ServiceProcess.javaCommand(options, extractedJar(), args));
    }

    /** Whether the cache was trained from the jar as it is now. */
    boolean isCurrent() {
        try {
            return Files.isRegularFile(dir.resolve(CACHE)) && Files.isRegularFile(extractedJar())
                    && Files.readString(dir.resolve(STAMP)).equals(stampOf(jar));
        } catch (IOException absent) {
            return false;
        }
    }

    /**
     * Extracts the jar and runs the training; the service's broker and store must be up (its context connects to
     * them), the identity provider need not be (its discovery is lazy).
     *
     * @return whether a current cache now exists
     */
    boolean train(List<String> jvmOptions, List<String> args, Path log, Consumer<String> say) {
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir);
            String stamp = stampOf(jar);
            Path application = dir.resolve("application");
            if (run(ServiceProcess.javaCommand(List.of("-Djarmode=tools"), jar,
                    List.of("extract", "--destination", application.toString())), log) != 0) {
                say.accept("extraction failed, see " + log);
                return false;
            }
            List<String> training = new ArrayList<>(jvmOptions);
            training.add("-XX:AOTCacheOutput=" + dir.resolve(CACHE));
            training.add("-Dspring.context.exit=onRefresh");
            run(ServiceProcess.javaCommand(training, extractedJar(), args), log);
            // the context's exit on refresh ends the JVM with a non-zero status on some versions: the cache is the test
            if (!Files.isRegularFile(dir.resolve(CACHE))) {
                say.accept("training run left no cache, see " + log);
                return false;
            }
            Files.writeString(dir.resolve(STAMP), stamp);
            return true;
        } catch (IOException e) {
            say.accept("cannot prepare the cache: " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path extractedJar() {
        return dir.resolve("application").resolve(jar.getFileName());
    }

    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    static String stampOf(Path jar) throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + Runtime.version();
    }

    private static String stripJar(String name) {
        return name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
