package fr.essor.kit.webhooks.web;

import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.CurrentActor;
import fr.essor.kit.webhooks.WebhookDeliveries;
import fr.essor.kit.webhooks.WebhookDelivery;
import fr.essor.kit.webhooks.WebhookManagement;
import fr.essor.kit.webhooks.WebhookSubscription;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ops page {@code /ops/webhooks}: every subscription, the latest deliveries with their attempts, and replay. */
@Controller
@PreAuthorize("hasAnyRole('OPS', 'ADMIN')")
public class WebhookOpsPage {

    static final int LIMIT = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    private final WebhookManagement management;
    private final WebhookDeliveries deliveries;
    private final CurrentActor currentActor;

    public WebhookOpsPage(WebhookManagement management, WebhookDeliveries deliveries, CurrentActor currentActor) {
        this.management = management;
        this.deliveries = deliveries;
        this.currentActor = currentActor;
    }

    /** One subscription, in French. */
    public record SubscriptionRow(String id, String territory, String url, String eventTypes, String status,
                                  String reason, int consecutiveFailures, String created) {
    }

    /** One attempt, in French. */
    public record AttemptRow(int number, String at, String status, String duration, String error) {
    }

    /** One delivery, in French. */
    public record DeliveryRow(String id, String territory, String url, String eventType, String webhookId,
                              String created, String status, String next, List<AttemptRow> attempts,
                              boolean replayable) {
    }

    @GetMapping("/ops/webhooks")
    public String page(Model model) {
        List<WebhookSubscription> subscriptions = management.all(currentActor.current());
        Map<String, WebhookSubscription> byId = subscriptions.stream()
                .collect(Collectors.toMap(WebhookSubscription::id, Function.identity()));
        model.addAttribute("subscriptions", subscriptions.stream().map(WebhookOpsPage::row).toList());
        model.addAttribute("deliveries", deliveries.latest(LIMIT).stream()
                .map(delivery -> row(delivery, byId.get(delivery.subscriptionId()))).toList());
        return "kit/webhooks";
    }

    @PostMapping("/ops/webhooks/livraisons/{id}/rejouer")
    public String replay(@PathVariable String id, RedirectAttributes redirect) {
        try {
            management.replayAsOps(currentActor.current(), id);
            redirect.addFlashAttribute("message", "La livraison " + id + " sera renvoyée dans un instant.");
        } catch (ConflictException | NotFoundException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/ops/webhooks";
    }

    private static SubscriptionRow row(WebhookSubscription s) {
        return new SubscriptionRow(s.id(), s.territory(), s.url(), String.join(", ", s.eventTypes()),
                s.status().label(), s.disabledReason() == null ? "—" : s.disabledReason(), s.consecutiveFailures(),
                when(s.createdAt()) + " par " + s.createdBy());
    }

    private static DeliveryRow row(WebhookDelivery d, WebhookSubscription subscription) {
        List<AttemptRow> attempts = d.attempts().stream().map(a -> new AttemptRow(a.number(), when(a.at()),
                a.statusCode() == null ? "sans réponse" : "HTTP " + a.statusCode(), a.durationMillis() + " ms",
                a.error() == null ? "—" : a.error())).toList();
        boolean replayable = subscription != null && subscription.enabled()
                && (d.status() == WebhookDelivery.Status.DELIVERED || d.status() == WebhookDelivery.Status.FAILED);
        return new DeliveryRow(d.id(), d.territory(), subscription == null ? "—" : subscription.url(), d.eventType(),
                d.webhookId(), when(d.createdAt()), d.status().label(),
                d.status() == WebhookDelivery.Status.PENDING ? when(d.nextAttemptAt()) : "—", attempts, replayable);
    }

    private static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant);
    }
}
