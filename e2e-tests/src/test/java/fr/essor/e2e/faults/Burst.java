package fr.essor.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of one fault drill, through funding's public API as an EPT's system would send it: each organisation is
 * registered ({@code POST}, with an {@code Idempotency-Key}) and then changed ({@code PUT}), by a few clients at once.
 * A client retries what got no answer, a 5xx, a 429 or a « still running » 409 with the same key, until its deadline;
 * a write is acknowledged when it was answered 201 or 200 (or, for a registration, 409 « déjà enregistrée »: an
 * earlier attempt whose answer was lost stored it). Any other refusal is a fault of the drill itself and fails it.
 * When a third of the registrations are acknowledged, the fault is set off on a thread of its own.
 */
final class Burst {

    /** What the clients learnt of one organisation's two writes. */
    record Outcome(String siret, boolean registered, boolean changed, int attempts) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String fundingUrl;
    private final Tokens tokens;
    private final Duration deadline;

    Burst(String fundingUrl, Tokens tokens, Duration deadline) {
        this.fundingUrl = fundingUrl;
        this.tokens = tokens;
        this.deadline = deadline;
    }

    List<Outcome> run(Organisations organisations, int clients, Runnable fault) throws Exception {
        int trigger = Math.max(1, organisations.sirets().size() / 3);
        AtomicInteger registered = new AtomicInteger();
        AtomicBoolean setOff = new AtomicBoolean();
        List<Thread> faults = new ArrayList<>();
        List<Future<Outcome>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (String siret : organisations.sirets()) {
                futures.add(pool.submit(() -> {
                    AtomicInteger attempts = new AtomicInteger();
                    boolean created = write("POST", "/api/organisations", Organisations.registration(siret),
                            "faults-" + siret, attempts);
                    if (created && registered.incrementAndGet() >= trigger && setOff.compareAndSet(false, true)) {
                        Thread thread = Thread.ofPlatform().name("fault").start(fault);
                        synchronized (faults) {
                            faults.add(thread);
                        }
                    }
                    boolean changed = created && write("PUT", "/api/organisations/" + siret,
                            Organisations.change(siret), null, attempts);
                    return new Outcome(siret, created, changed, attempts.get());
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            synchronized (faults) {
                for (Thread thread : faults) {
                    thread.join();
                }
            }
            return outcomes;
        }
    }

    private boolean write(String method, String path, String body, String idempotencyKey, AtomicInteger attempts)
            throws InterruptedException {
        long giveUp = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < giveUp) {
            attempts.incrementAndGet();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fundingUrl + path))
                    .timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + tokens.current())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException unreachable) { // refused, reset, timed out: the service is down or restarting
                Thread.sleep(500);
                continue;
            }
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                return true;
            }
            if (status == 409 && method.equals("POST") && response.body().contains("est déjà enregistrée")) {
                return true;
            }
            if (status == 401) {
                tokens.renew(); // the provider restarted with a new signing key
            } else if (status == 409 || status == 429 || status >= 500) {
                Thread.sleep(status == 409 ? 1_000 : 500);
            } else {
                throw new AssertionError(method + " " + path + " refused " + status + ": " + response.body());
            }
        }
        return false;
    }
}
