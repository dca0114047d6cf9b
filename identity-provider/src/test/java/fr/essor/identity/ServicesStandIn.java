package fr.essor.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands for the four services on the back channel: one small JDK HTTP server under which each service has its base
 * URL ({@code http://localhost:<port>/funding}, …); it records every POST it receives and answers 200.
 */
final class ServicesStandIn {

    /** One POST received: the path, its content type and its body. */
    record Received(String path, String contentType, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private ServicesStandIn(HttpServer server) {
        this.server = server;
    }

    static ServicesStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            ServicesStandIn standIn = new ServicesStandIn(server);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if ("POST".equals(exchange.getRequestMethod())) {
                    standIn.received.add(new Received(exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("Content-Type"), body));
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL the provider is given for one service. */
    String baseUrl(String service) {
        return "http://localhost:" + server.getAddress().getPort() + "/" + service;
    }

    /** Waits for the next POST, up to {@code seconds}; null if none came. */
    Received next(long seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    List<Received> drain() {
        List<Received> all = new java.util.ArrayList<>();
        received.drainTo(all);
        return all;
    }
}
