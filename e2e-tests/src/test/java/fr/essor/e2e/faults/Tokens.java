package fr.essor.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The access token of the scripts' client ({@code essor-cli}, ADMIN) at the local provider; renewed on demand. */
final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String issuer;
    private volatile String token;
    private volatile long renewAfter;

    Tokens(String issuer) {
        this.issuer = issuer;
    }

    String current() throws InterruptedException {
        if (token == null || System.nanoTime() > renewAfter) {
            renew();
        }
        return token;
    }

    synchronized void renew() throws InterruptedException {
        String basic = Base64.getEncoder().encodeToString("essor-cli:essor-cli".getBytes(StandardCharsets.UTF_8));
        for (int attempt = 0; attempt < 240; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                        .timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher matcher = ACCESS_TOKEN.matcher(response.body());
                if (response.statusCode() == 200 && matcher.find()) {
                    token = matcher.group(1);
                    renewAfter = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                    return;
                }
            } catch (IOException providerDown) {
                // restarting: try again
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no token from " + issuer + " for two minutes");
    }
}
