package fr.essor.platform;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service in the launcher's tests: prints its arguments, answers
 * {@code /actuator/health} with UP on {@code --server.port}, and exits with code 3 at once when that port is
 * the system property {@code fake.failing-port}.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        for (String arg : args) {
            System.out.println("arg " + arg);
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        if (String.valueOf(port).equals(System.getProperty("fake.failing-port"))) {
            System.out.println("APPLICATION FAILED TO START: the fake service was told to fail");
            System.exit(3);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fake service stopped by signal")));
        System.out.println("fake service up on " + port);
    }
}
