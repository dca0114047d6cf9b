package fr.essor.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The broker or the store in a JVM of its own (issue 15: each part of the embedded default can fail alone, and the
 * launcher restarts what crashed). The launcher runs {@code java -jar local-platform-exec.jar backend kafka <dir>
 * <port> <controller-port>} or {@code … backend store <file> <port>}; the part starts, {@code READY} is printed,
 * then it serves until it is stopped (SIGTERM: it closes cleanly), killed, or its standard input closes (the
 * launcher went away, even by {@code kill -9}: it closes cleanly too, leaving no orphan holding the ports).
 */
public final class BackendProcess {

    static final String READY = "READY";
    /** The first argument of the launcher's command line that runs a backend instead of the whole platform. */
    static final String COMMAND = "backend";

    private BackendProcess() {
    }

    /** The command line that runs the broker of {@code dir} on {@code port} in its own JVM. */
    static List<String> kafkaCommand(List<String> jvmOptions, Path dir, int port, int controllerPort) {
        return command(jvmOptions, List.of("kafka", dir.toAbsolutePath().toString(), String.valueOf(port),
                String.valueOf(controllerPort)));
    }

    /** The command line that runs the store of {@code file} on {@code port} in its own JVM. */
    static List<String> storeCommand(List<String> jvmOptions, Path file, int port) {
        return command(jvmOptions, List.of("store", file.toAbsolutePath().toString(), String.valueOf(port)));
    }

    /** Runs a backend, as {@link LocalPlatform#main} does when its first argument is {@value #COMMAND}. */
    static void serve(List<String> args) throws IOException {
        AutoCloseable part = switch (args.getFirst()) {
            case "kafka" -> {
                KafkaBroker broker = new KafkaBroker(Path.of(args.get(1)), Integer.parseInt(args.get(2)),
                        Integer.parseInt(args.get(3)));
                broker.start();
                yield broker;
            }
            case "store" -> {
                MongoStore store = new MongoStore(Path.of(args.get(1)), Integer.parseInt(args.get(2)));
                store.start();
                yield store;
            }
            default -> throw new IllegalArgumentException("Unknown backend '" + args.getFirst() + "': kafka or store");
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(part), "essor-backend-stop"));
        System.out.println(READY);
        System.out.flush();
        while (System.in.read() != -1) {
            // serve until the launcher closes our standard input
        }
        System.exit(0); // the launcher went away: the shutdown hook closes the part
    }

    private static void close(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    /**
     * {@code java <options> -jar <launcher jar> backend …} when this JVM runs the launcher's executable jar, else
     * {@code java <options> -cp <this class path> LocalPlatform backend …} (tests, an IDE).
     */
    private static List<String> command(List<String> jvmOptions, List<String> backendArgs) {
        List<String> args = new ArrayList<>(List.of(COMMAND));
        args.addAll(backendArgs);
        String classPath = System.getProperty("java.class.path");
        Path launcherJar = Path.of(classPath);
        if (!classPath.contains(java.io.File.pathSeparator) && isLauncherJar(launcherJar)) {
            return ServiceProcess.javaCommand(jvmOptions, launcherJar, args);
        }
        List<String> command = new ArrayList<>(ServiceProcess.java(jvmOptions));
        command.addAll(List.of("-cp", classPath, LocalPlatform.class.getName()));
        command.addAll(args);
        return command;
    }

    private static boolean isLauncherJar(Path jar) {
        if (!jar.toString().endsWith(".jar")) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && LocalPlatform.class.getName()
                    .equals(manifest.getMainAttributes().getValue("Start-Class"));
        } catch (IOException e) {
            return false;
        }
    }
}
