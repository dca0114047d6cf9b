package fr.essor.kit.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Lints an OpenAPI document with Redocly CLI ({@code redocly lint}, the repository's {@code redocly.yaml}: the
 * recommended rules). Redocly is a Node tool that {@code .ci/run} installs from npm: on CI ({@code CI=true}) its absence
 * fails the test; on a developer's machine the test is skipped with a message saying how to install it.
 */
public final class RedoclyLint {

    private RedoclyLint() {
    }

    /** What {@code redocly lint} said: its exit code and its output. */
    public record Report(int exitCode, String output) {
        public boolean hasErrors() {
            return exitCode != 0;
        }
    }

    /** Writes {@code document} to {@code target/openapi/<name>.json} and lints it; skips when Redocly is absent locally. */
    public static Report lint(String name, String document) {
        String command = command();
        try {
            Path file = Path.of("target", "openapi", name + ".json").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, document, StandardCharsets.UTF_8);
            List<String> arguments = new ArrayList<>(List.of(command, "lint", file.toString(), "--format=stylish"));
            Path config = repositoryConfig();
            arguments.add("--config=" + config);
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true)
                    .directory(config.getParent().toFile()).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("redocly lint did not finish within 120 s:\n" + output);
            }
            return new Report(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run `" + command + " lint`: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String command() {
        String command = System.getProperty("essor.redocly", "redocly");
        if (available(command)) {
            return command;
        }
        String message = "Redocly CLI (`" + command + "`) is not installed: `npm install -g @redocly/cli@2` "
                + "(.ci/run does it) to lint the OpenAPI documents.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " On CI the lint is required.");
        }
        Assumptions.abort(message + " Skipped locally.");
        return command;
    }

    private static boolean available(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The repository's {@code redocly.yaml}, found from the module's folder upwards. */
    private static Path repositoryConfig() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path config = folder.resolve("redocly.yaml");
            if (Files.isRegularFile(config)) {
                return config;
            }
        }
        throw new IllegalStateException("No redocly.yaml in " + Path.of("").toAbsolutePath() + " or above");
    }
}
