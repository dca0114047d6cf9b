package fr.essor.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Asks a service's {@code /actuator/health} whether it is UP, and waits for child services to be. */
public final class HealthProbe {

    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_LINES_SHOWN = 40;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * True when the URI answers 200 with status UP; false when it answers anything else (DOWN is 503) or nothing.
     * A {@code tcp://host:port} URI (the broker, the store) is UP when the port takes a connection.
     */
    public boolean isUp(URI health) {
        if ("tcp".equals(health.getScheme())) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(health.getHost(), health.getPort()), 2_000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Polls the processes' health until every one is UP. Throws as soon as one exits, or when some are still not UP
     * after {@code timeout}, naming them and showing the last lines of the (first) culprit's log.
     *
     * @param onUp told of each process once, when it comes up
     */
    public void awaitUp(List<ServiceProcess> processes, Duration timeout, Consumer<ServiceProcess> onUp) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> pending = new ArrayList<>(processes);
        while (!pending.isEmpty()) {
            for (ServiceProcess process : List.copyOf(pending)) {
                if (isUp(process.healthUri())) {
                    pending.remove(process);
                    onUp.accept(process);
                } else if (!process.isAlive()) {
                    throw new IllegalStateException(process.name() + " s'est arrêté pendant le démarrage (code "
                            + process.exitValue() + ") / exited while starting. Dernières lignes / last lines of "
                            + process.logFile() + ":\n" + process.logTail(LOG_LINES_SHOWN));
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess first = pending.getFirst();
                throw new IllegalStateException(String.join(", ", pending.stream().map(ServiceProcess::name).toList())
                        + " pas UP après / not UP after " + timeout.toSeconds() + " s (" + first.healthUri()
                        + "). Dernières lignes / last lines of " + first.logFile() + ":\n"
                        + first.logTail(LOG_LINES_SHOWN));
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the services", e);
        }
    }
}
