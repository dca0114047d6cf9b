package fr.essor.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency of one HTTP endpoint per target, one client, requests one after the other, targets interleaved so that they
 * share the machine's state: the cost of authenticating an API call (a bearer JWT checked against the provider's
 * keys, or HTTP Basic checked by bcrypt) beside an endpoint that authenticates nothing.
 * <p>
 * {@code java -cp benchmarks/target/classes fr.essor.benchmarks.ApiLatency --requests=500 --warmup=100
 * --target='bearer|http://localhost:8082/api/organisations|Bearer eyJ…' --target='health|http://localhost:8082/actuator/health|'}
 * <p>
 * Prints one Markdown row per target: requests, non-2xx answers, latency p50/p95/p99/mean in ms.
 */
public final class ApiLatency {

    private record Target(String label, URI uri, String authorization, List<Long> nanos, int[] failures) {
    }

    private ApiLatency() {
    }

    public static void main(String[] args) throws Exception {
        int requests = intArg(args, "requests", 500);
        int warmup = intArg(args, "warmup", 100);
        List<Target> targets = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--target=")) {
                String[] parts = arg.substring("--target=".length()).split("\\|", 3);
                targets.add(new Target(parts[0], URI.create(parts[1]), parts.length > 2 ? parts[2] : "",
                        new ArrayList<>(), new int[1]));
            }
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("at least one --target=label|url|authorization");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < warmup + requests; i++) {
            for (Target target : targets) {
                HttpRequest.Builder request = HttpRequest.newBuilder(target.uri()).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json").GET();
                if (!target.authorization().isEmpty()) {
                    request.header("Authorization", target.authorization());
                }
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                long elapsed = System.nanoTime() - start;
                if (i >= warmup) {
                    target.nanos().add(elapsed);
                    if (response.statusCode() / 100 != 2) {
                        target.failures()[0]++;
                    }
                }
            }
        }
        System.out.println("| target | requests | non-2xx | p50 (ms) | p95 (ms) | p99 (ms) | mean (ms) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Target target : targets) {
            long[] sorted = target.nanos().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", target.label(),
                    sorted.length, target.failures()[0], percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), Arrays.stream(sorted).average().orElse(0) / 1e6);
        }
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }
}
