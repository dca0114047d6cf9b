package fr.essor.kit.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads an EPT feed ({@code fr.essor.kit.ept}) through the real API the way an EPT system does: page after page with
 * the {@code after} cursor of the previous one, keeping the last {@code next} to read on from later.
 */
public final class EptFeedReader {

    /** The settle delay the test services run with ({@link EssorTestInitializer}), and a margin. */
    public static final Duration SETTLED = Duration.ofMillis(2_000 + 1_000);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Api api;
    private final String path;
    private final String territory;
    private String next;

    public EptFeedReader(Api api, String path, String territory) {
        this.api = api;
        this.path = path;
        this.territory = territory;
    }

    /** One page after {@code after} ({@code null}: from the start); asserts a 200 for the reader's territory. */
    public JsonNode page(String after, int limit) {
        String query = "?limit=" + limit + (after == null ? "" : "&after="
                + URLEncoder.encode(after, StandardCharsets.UTF_8));
        HttpResponse<String> response = api.get(path + query);
        assertThat(response.statusCode()).as(path + query + " " + response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("territoryCode").asString()).isEqualTo(territory);
        return body;
    }

    /** Reads on from the last cursor to the end of what is there now, {@code limit} items a page. */
    public List<JsonNode> readOn(int limit) {
        List<JsonNode> items = new ArrayList<>();
        for (int round = 0; round < 10_000; round++) {
            JsonNode page = page(next, limit);
            page.get("items").forEach(items::add);
            if (!page.get("next").isNull()) {
                next = page.get("next").asString();
            }
            if (!page.get("hasMore").asBoolean()) {
                return items;
            }
        }
        throw new AssertionError("the feed " + path + " never ended");
    }

    /** Everything the feed gives from its start (and the cursor set to its end). */
    public List<JsonNode> readAll() {
        next = null;
        return readOn(200);
    }

    /** Reads on to the end once all changes written until now are settled. */
    public List<JsonNode> readOnSettled() {
        sleep(SETTLED);
        return readOn(200);
    }

    public String next() {
        return next;
    }

    /** A fact written by a test: its id as the feed shows it, and whether it belongs to the reader's territory. */
    public record Written(String id, boolean ofTheTerritory) {
    }

    /**
     * Writes {@code count} facts in another thread while reading the feed on, a few items a page; then, once the last
     * writes settled, reads on to the end. Asserts that every fact of the territory was read exactly once and no
     * fact of another territory at all.
     *
     * @param write writes the fact number {@code i} and says what it wrote
     * @param id    the fact id of a feed item
     */
    public void assertEachFactReadOnceWhileWriting(int count, IntFunction<Written> write, Function<JsonNode, String> id) {
        readOnSettled();
        ConcurrentLinkedQueue<Written> written = new ConcurrentLinkedQueue<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    written.add(write.apply(i));
                    // paced, so that the reader reads several pages while facts arrive, however fast the writes
                    sleep(Duration.ofMillis(60));
                }
            } catch (Throwable failure) {
                failures.add(failure);
            }
        });
        Map<String, Integer> reads = new LinkedHashMap<>();
        int pagesWhileWriting = 0;
        while (writer.isAlive()) {
            readOn(3).forEach(item -> reads.merge(id.apply(item), 1, Integer::sum));
            pagesWhileWriting++;
            sleep(Duration.ofMillis(150));
        }
        join(writer);
        assertThat(failures).isEmpty();
        readOnSettled().forEach(item -> reads.merge(id.apply(item), 1, Integer::sum));

        assertThat(pagesWhileWriting).as("pages read while writing").isGreaterThan(1);
        assertThat(written).hasSize(count);
        List<String> ours = written.stream().filter(Written::ofTheTerritory).map(Written::id).toList();
        List<String> others = written.stream().filter(w -> !w.ofTheTerritory()).map(Written::id).toList();
        assertThat(ours).isNotEmpty();
        assertThat(others).isNotEmpty();
        Map<String, Integer> oursRead = new LinkedHashMap<>();
        ours.forEach(fact -> oursRead.put(fact, reads.getOrDefault(fact, 0)));
        assertThat(oursRead).as("times each fact of the territory was read").allSatisfy((fact, times) ->
                assertThat(times).as(fact).isEqualTo(1));
        assertThat(reads.keySet()).as("facts of other territories").doesNotContainAnyElementsOf(others);
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofMinutes(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
