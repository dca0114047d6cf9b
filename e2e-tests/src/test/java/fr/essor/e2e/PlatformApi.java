package fr.essor.e2e;

import fr.essor.platform.EssorService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The services' HTTP APIs as an EPT system or a script would call them: a bearer token of the real provider, JSON. */
final class PlatformApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A service's first requests load most of its classes: under a loaded 2-core machine they take tens of seconds. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final EssorPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ProviderTokens tokens;

    PlatformApi(EssorPlatform platform) {
        this.platform = platform;
        this.tokens = platform.tokens();
    }

    /** {@code POST /api/organisations} of a registering service (funding, procurement or foncier). */
    Response register(EssorService service, String user, NewOrganisation organisation) {
        return send(HttpRequest.newBuilder(uri(service, "/api/organisations"))
                .header("Authorization", bearer(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(organisation))));
    }

    /** The roadmap's directory entry for a SIRET or RNA, as the SENS team reads it; empty while it is unknown (404). */
    Optional<JsonNode> directoryEntry(String siretOrRna) {
        Response response = get(EssorService.ROADMAP, "/api/organisations/" + siretOrRna, "sens");
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw new IllegalStateException("Directory answered " + response.status() + ": " + response.body());
        }
        return Optional.of(response.json());
    }

    Response get(EssorService service, String path, String user) {
        return send(HttpRequest.newBuilder(uri(service, path)).header("Authorization", bearer(user))
                .header("Accept", "application/json, application/problem+json").GET());
    }

    /**
     * A counter of a service's Prometheus scrape ({@code /actuator/prometheus}, open), the sum over the series that
     * carry all the given labels; empty when no series matches yet.
     */
    OptionalDouble counter(EssorService service, String name, String... labels) {
        Response scrape = send(HttpRequest.newBuilder(uri(service, "/actuator/prometheus")).GET());
        if (scrape.status() != 200) {
            throw new IllegalStateException("Prometheus scrape of " + service + " answered " + scrape.status());
        }
        Pattern series = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)}\\s+(\\S+)", Pattern.MULTILINE);
        Matcher matcher = series.matcher(scrape.body());
        double sum = 0;
        boolean found = false;
        while (matcher.find()) {
            String seriesLabels = matcher.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= seriesLabels.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(matcher.group(2));
                found = true;
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /** {@code POST} of a JSON body to a service's API, as {@code user}. */
    Response post(EssorService service, String path, String user, String json) {
        return send(HttpRequest.newBuilder(uri(service, path))
                .header("Authorization", bearer(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private URI uri(EssorService service, String path) {
        return URI.create(platform.url(service) + path);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An access token of the person or client, from the platform's provider (docs/demo-users.md). */
    private String bearer(String user) {
        return "Bearer " + tokens.accessToken(user);
    }

    record Response(int status, String location, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
