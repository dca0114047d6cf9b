package fr.essor.ops;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (Maven sets {@code essor.repository}; from an IDE, the module's parent directory). */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("essor.repository", "..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("docker-compose.yml"))) {
            throw new IllegalStateException("No docker-compose.yml in " + root + ": set -Dessor.repository");
        }
        return root;
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }
}
