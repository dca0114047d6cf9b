package fr.essor.e2e.ept;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The EPT's receiving end, as the guide's minimal receiver: an HTTP server on this machine's loopback (the local
 * platform accepts {@code http://localhost} URLs) that keeps every POST it gets — headers and the raw body bytes —
 * and answers 204 at once.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One POST received: its headers (lower-case names) and its body, byte for byte. */
    public record Received(Map<String, String> headers, byte[] body, Instant at) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/essor/webhooks", exchange -> {
                try (exchange; InputStream in = exchange.getRequestBody()) {
                    byte[] body = in.readAllBytes();
                    Map<String, String> headers = new TreeMap<>();
                    exchange.getRequestHeaders().forEach((name, values) ->
                            headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
                    if ("POST".equals(exchange.getRequestMethod())) {
                        receiver.received.add(new Received(headers, body, Instant.now()));
                        exchange.sendResponseHeaders(204, -1);
                    } else {
                        exchange.sendResponseHeaders(405, -1);
                    }
                }
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL to subscribe. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/essor/webhooks";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits for a delivery that matches, polling what arrived; fails after the timeout with what did arrive. */
    public Received await(Predicate<Received> wanted, Duration timeout, String what) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            for (Received r : received) {
                if (wanted.test(r)) {
                    return r;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No webhook " + what + " within " + timeout.toSeconds() + " s; received: "
                + received.stream().map(Received::bodyText).toList());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
