package fr.essor.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Waits until every acknowledged write can be read where it must arrive: in funding (which acknowledged it), in the
 * roadmap's 360° directory, and in procurement's and foncier's copies of the organisations (ADR-0021), each with
 * the name of the last acknowledged write. What is still missing when the time is up is lost, per place.
 */
final class Convergence {

    /** Where each acknowledged write was found, and how long it took after the burst. */
    record Result(Map<String, Integer> missing, Duration took) {
        int lost() {
            return missing.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private static final int CHUNK = 32;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> places;
    private final Tokens tokens;

    /** @param places the base URL of each place to read, by name ({@code funding}, {@code roadmap}…) */
    Convergence(Map<String, String> places, Tokens tokens) {
        this.places = new LinkedHashMap<>(places);
        this.tokens = tokens;
    }

    /**
     * Waits while something still arrives: gives up once nothing more arrived anywhere for {@code stall} (what is
     * missing then is lost), or after {@code cap} in all, so that a drill far behind at N = 10 000 is followed to the
     * end, while a loss fails after {@code stall}, not after a bound sized for the slowest run.
     */
    Result await(List<Burst.Outcome> outcomes, Duration stall, Duration cap) throws Exception {
        long begin = System.nanoTime();
        long lastArrival = begin;
        Map<String, List<Burst.Outcome>> pending = new ConcurrentHashMap<>();
        List<Burst.Outcome> acknowledged = outcomes.stream().filter(Burst.Outcome::registered).toList();
        places.keySet().forEach(place -> pending.put(place, new ArrayList<>(acknowledged)));
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            while (pending.values().stream().anyMatch(list -> !list.isEmpty())) {
                long now = System.nanoTime();
                if (now - lastArrival >= stall.toNanos() || now - begin >= cap.toNanos()) {
                    break;
                }
                for (Map.Entry<String, List<Burst.Outcome>> place : pending.entrySet()) {
                    List<Burst.Outcome> still = stillMissing(pool, places.get(place.getKey()), place.getValue());
                    if (still.size() < place.getValue().size()) {
                        lastArrival = System.nanoTime();
                    }
                    place.setValue(still);
                }
                if (pending.values().stream().anyMatch(list -> !list.isEmpty())) {
                    Thread.sleep(1_000);
                }
            }
        }
        Map<String, Integer> missing = new LinkedHashMap<>();
        places.keySet().forEach(place -> missing.put(place, pending.get(place).size()));
        return new Result(missing, Duration.ofNanos(System.nanoTime() - begin));
    }

    /**
     * What of {@code waiting} this place still lacks, asked {@value #CHUNK} at a time in the order of the burst; a chunk
     * of which something is still missing ends the round for this place (the rest is asked at the next round): the
     * consumers apply the writes about in the order of the burst, so that a place far behind at N = 10 000 is asked
     * about what it just applied and a few more each second, not about thousands it has not reached — every request
     * costs the place CPU it needs to catch up.
     */
    private List<Burst.Outcome> stillMissing(ExecutorService pool, String baseUrl, List<Burst.Outcome> waiting)
            throws Exception {
        List<Burst.Outcome> still = new ArrayList<>();
        for (int from = 0; from < waiting.size(); from += CHUNK) {
            List<Burst.Outcome> chunk = waiting.subList(from, Math.min(waiting.size(), from + CHUNK));
            List<Future<Boolean>> found = new ArrayList<>();
            for (Burst.Outcome outcome : chunk) {
                found.add(pool.submit(() -> arrived(baseUrl, outcome)));
            }
            int arrived = 0;
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).get()) {
                    arrived++;
                } else {
                    still.add(chunk.get(i));
                }
            }
            if (arrived < chunk.size()) {
                still.addAll(waiting.subList(from + chunk.size(), waiting.size()));
                break;
            }
        }
        return still;
    }

    private boolean arrived(String baseUrl, Burst.Outcome outcome) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/api/organisations/" + outcome.siret()))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + tokens.current())
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                tokens.renew();
                return false;
            }
            return response.statusCode() == 200 && (!outcome.changed()
                    || response.body().contains("\"name\":\"" + Organisations.changedName(outcome.siret()) + "\""));
        } catch (IOException unreachable) {
            return false;
        }
    }
}
