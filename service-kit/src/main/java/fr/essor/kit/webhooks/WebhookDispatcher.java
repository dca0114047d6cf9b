package fr.essor.kit.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends the deliveries that are due (ADR-0014): leases them ({@code findAndModify}, like the outbox relay, so several
 * instances never send one delivery at the same time), POSTs each with bounded timeouts and its Standard Webhooks
 * headers, and records the attempt with the delivery's next state in one write: delivered on a 2xx, else retried
 * after the next delay of the {@link RetrySchedule}, failed after the last. A subscription is disabled after
 * {@code disableAfter} failed attempts in a row. Its whole state is in the store: a new instance (after a restart)
 * takes over what an old one left, with the same {@code webhook-id} and body; a lease left by a crash expires.
 */
public class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final int BATCH = 20;
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final RetrySchedule schedule;
    private final int disableAfter;
    private final Duration lease;
    private final Duration pollInterval;
    private final Duration requestTimeout;
    private final Clock clock;
    private final MeterRegistry meters;
    private final HttpClient http;
    private final ReceiverAddresses receiverAddresses;
    private final String owner = UUID.randomUUID().toString();
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public WebhookDispatcher(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, RetrySchedule schedule,
                             int disableAfter, Duration lease, Duration pollInterval, Duration connectTimeout,
                             Duration requestTimeout, Clock clock, MeterRegistry meters,
                             ReceiverAddresses receiverAddresses) {
        this.receiverAddresses = receiverAddresses;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.schedule = schedule;
        this.disableAfter = disableAfter;
        this.lease = lease;
        this.pollInterval = pollInterval;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.meters = meters;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends what is due now rather than at the next poll. */
    public void wake() {
        signal.release();
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("essor-webhook-dispatcher").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                dispatchDue();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Webhook dispatch round failed, retrying at next poll: {}", e.toString());
                }
            }
        }
    }

    /** Sends every delivery due now, batch after batch. Visible for tests. */
    public void dispatchDue() {
        List<WebhookDelivery> claimed;
        while (running && !(claimed = deliveries.claimDue(clock.instant(), clock.instant().plus(lease), owner,
                BATCH)).isEmpty()) {
            for (WebhookDelivery delivery : claimed) {
                if (!running) {
                    return;
                }
                dispatch(delivery);
            }
        }
    }

    private void dispatch(WebhookDelivery delivery) {
        WebhookSubscription subscription = subscriptions.find(delivery.subscriptionId()).orElse(null);
        if (subscription == null) {
            deliveries.deleteOfSubscription(delivery.subscriptionId());
            return;
        }
        if (!subscription.enabled()) {
            deliveries.hold(delivery.id(), owner);
            return;
        }
        Instant started = clock.instant();
        long timestamp = started.getEpochSecond();
        Integer status = null;
        String error = null;
        long startNanos = System.nanoTime();
        try {
            URI receiver = URI.create(subscription.url());
            var internal = receiverAddresses.privateAddressOf(receiver.getHost());
            if (internal.isPresent()) {
                throw new IllegalStateException("adresse du réseau interne refusée (" + internal.get().getHostAddress()
                        + ")");
            }
            HttpRequest request = HttpRequest.newBuilder(receiver)
                    .timeout(requestTimeout)
                    .header("Content-Type", CONTENT_TYPE)
                    .header("User-Agent", "Essor-Webhooks/1")
                    .header("webhook-id", delivery.webhookId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", subscription.signatures(delivery.webhookId(), timestamp,
                            delivery.body(), started))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                error = "Réponse HTTP " + status;
            }
        } catch (InterruptedException e) {
            // stopping: the lease expires and the next instance sends it again, with the same id and body
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        long durationMillis = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        record(delivery, subscription,
                new WebhookDelivery.Attempt(delivery.attempts().size() + 1, started, status, durationMillis, error));
    }

    private void record(WebhookDelivery delivery, WebhookSubscription subscription, WebhookDelivery.Attempt attempt) {
        Instant now = clock.instant();
        Timer.builder("essor.webhooks.attempt.duration").description("Webhook POSTs, by outcome")
                .tag("outcome", attempt.succeeded() ? "delivered" : "failed").register(meters)
                .record(Duration.ofMillis(attempt.durationMillis()));
        if (attempt.succeeded()) {
            if (deliveries.attempted(delivery.id(), owner, attempt, WebhookDelivery.Status.DELIVERED,
                    delivery.retryStep(), now)) {
                subscriptions.succeeded(subscription.id());
                count("delivered", delivery.eventType());
            }
            return;
        }
        var delay = schedule.delay(delivery.retryStep());
        WebhookDelivery.Status next = delay.isPresent() ? WebhookDelivery.Status.PENDING
                : WebhookDelivery.Status.FAILED;
        Instant nextAttempt = delay.map(now::plus).orElse(now);
        if (!deliveries.attempted(delivery.id(), owner, attempt, next, delivery.retryStep() + 1, nextAttempt)) {
            return;
        }
        count(next == WebhookDelivery.Status.FAILED ? "failed" : "retried", delivery.eventType());
        subscriptions.failed(subscription.id(), disableAfter, now).filter(WebhookSubscriptions.Failure::disabledNow)
                .ifPresent(failure -> {
                    deliveries.holdAll(subscription.id());
                    log.warn("Webhook subscription {} of {} disabled after {} failed attempts in a row",
                            subscription.id(), subscription.territory(), failure.subscription().consecutiveFailures());
                });
    }

    private void count(String outcome, String type) {
        Counter.builder("essor.webhooks.deliveries").description("Webhook deliveries, by outcome of an attempt")
                .tag("outcome", outcome).tag("type", type).register(meters).increment();
    }
}
