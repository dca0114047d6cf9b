package fr.essor.kit.webhooks;

import fr.essor.kit.problem.ConflictException;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.problem.InvalidCommandException;
import fr.essor.kit.problem.NotFoundException;
import fr.essor.kit.security.Actor;
import fr.essor.kit.security.Role;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The use cases of the subscriptions: an EPT account manages those of its own territory (ADMIN any), OPS reads them
 * all. Each is one single-document write, attributed to its actor; nothing is written when a field is refused.
 */
public class WebhookManagement {

    public static final int MAX_SUBSCRIPTIONS_PER_TERRITORY = 10;
    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_DESCRIPTION_LENGTH = 200;

    /** What an EPT asks for: the URL, the event types, an optional description. */
    public record Request(String url, List<String> eventTypes, String description) {
    }

    /** A subscription just created, with its secret: the only time the secret is given. */
    public record Created(WebhookSubscription subscription) {
    }

    private final WebhookCatalogue catalogue;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final boolean allowHttpLocalhost;
    private final Runnable wake;
    private final Set<String> territories;
    private final Duration secretOverlap;
    private final ReceiverAddresses receiverAddresses;

    public WebhookManagement(WebhookCatalogue catalogue, WebhookSubscriptions subscriptions,
                             WebhookDeliveries deliveries, Set<String> territories, Clock clock,
                             boolean allowHttpLocalhost, Duration secretOverlap, Runnable wake) {
        this.secretOverlap = secretOverlap;
        this.receiverAddresses = new ReceiverAddresses(allowHttpLocalhost);
        this.territories = Set.copyOf(territories);
        this.catalogue = catalogue;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
        this.allowHttpLocalhost = allowHttpLocalhost;
        this.wake = wake;
    }

    public WebhookCatalogue catalogue() {
        return catalogue;
    }

    public WebhookSubscription create(Actor actor, String territory, Request request) {
        mayWrite(actor, territory);
        Request valid = validated(request);
        if (subscriptions.countOfTerritory(territory) >= MAX_SUBSCRIPTIONS_PER_TERRITORY) {
            throw new ConflictException("Un territoire a au plus " + MAX_SUBSCRIPTIONS_PER_TERRITORY
                    + " abonnements : supprimez-en un avant d'en créer un autre.");
        }
        Instant now = clock.instant();
        WebhookSubscription subscription = new WebhookSubscription("sub_" + UUID.randomUUID().toString()
                .replace("-", ""), territory, valid.url(), valid.eventTypes(), valid.description(),
                WebhookSigner.newSecret(), WebhookSubscription.Status.ENABLED, null, null, 0, now, actor.username(),
                now, actor.username(), null, null);
        subscriptions.insert(subscription);
        return subscription;
    }

    public List<WebhookSubscription> list(Actor actor, String territory) {
        mayRead(actor, territory);
        return subscriptions.ofTerritory(territory);
    }

    public List<WebhookSubscription> all(Actor actor) {
        if (!actor.hasAnyRole(Role.OPS, Role.ADMIN)) {
            throw new AccessDeniedException("Réservé à l'exploitation (OPS) et aux administrateurs.");
        }
        return subscriptions.all();
    }

    public WebhookSubscription get(Actor actor, String territory, String id) {
        mayRead(actor, territory);
        return subscriptions.find(id).filter(found -> found.territory().equals(territory))
                .orElseThrow(() -> new NotFoundException("Aucun abonnement " + id + " pour le territoire "
                        + territory));
    }

    public WebhookSubscription update(Actor actor, String territory, String id, Request request) {
        mayWrite(actor, territory);
        get(actor, territory, id);
        Request valid = validated(request);
        return subscriptions.update(id, attributed(new Update().set("url", valid.url())
                        .set("eventTypes", valid.eventTypes()).set("description", valid.description()), actor))
                .orElseThrow(() -> new NotFoundException("Aucun abonnement " + id));
    }

    /**
     * A new secret for the subscription, given once in the answer; the previous one goes on signing beside it (a
     * second signature in {@code webhook-signature}) for {@link #secretOverlap}, so that the receiver can switch keys
     * without refusing a delivery. Rotating again within that time drops the oldest secret.
     */
    public WebhookSubscription rotateSecret(Actor actor, String territory, String id) {
        mayWrite(actor, territory);
        WebhookSubscription current = get(actor, territory, id);
        Instant now = clock.instant();
        return subscriptions.update(id, attributed(new Update().set("secret", WebhookSigner.newSecret())
                        .set("previousSecret", current.secret()).set("previousSecretUntil", now.plus(secretOverlap)),
                actor)).orElseThrow(() -> new NotFoundException("Aucun abonnement " + id));
    }

    public WebhookSubscription disable(Actor actor, String territory, String id) {
        mayWrite(actor, territory);
        get(actor, territory, id);
        WebhookSubscription disabled = subscriptions.update(id, attributed(new Update()
                        .set("status", WebhookSubscription.Status.DISABLED)
                        .set("disabledReason", "Désactivée par " + actor.username()).set("disabledAt", clock.instant()),
                actor)).orElseThrow(() -> new NotFoundException("Aucun abonnement " + id));
        deliveries.holdAll(id);
        return disabled;
    }

    /** Enables again, ends the streak of failures, and sends the deliveries held meanwhile from the start. */
    public WebhookSubscription enable(Actor actor, String territory, String id) {
        mayWrite(actor, territory);
        get(actor, territory, id);
        WebhookSubscription enabled = subscriptions.update(id, attributed(new Update()
                        .set("status", WebhookSubscription.Status.ENABLED).set("consecutiveFailures", 0)
                        .unset("disabledReason").unset("disabledAt"), actor))
                .orElseThrow(() -> new NotFoundException("Aucun abonnement " + id));
        deliveries.releaseAll(id, clock.instant());
        wake.run();
        return enabled;
    }

    public void delete(Actor actor, String territory, String id) {
        mayWrite(actor, territory);
        get(actor, territory, id);
        subscriptions.delete(id);
        deliveries.deleteOfSubscription(id);
    }

    public List<WebhookDelivery> deliveries(Actor actor, String territory, String subscriptionId, int limit) {
        get(actor, territory, subscriptionId);
        return deliveries.ofSubscription(subscriptionId, limit);
    }

    public WebhookDelivery delivery(Actor actor, String territory, String deliveryId) {
        mayRead(actor, territory);
        return deliveries.find(deliveryId).filter(found -> found.territory().equals(territory)
                        && subscriptions.find(found.subscriptionId()).map(s -> s.territory().equals(territory))
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("Aucune livraison " + deliveryId + " pour le territoire "
                        + territory));
    }

    /**
     * Sends a delivered or failed delivery again, now, with the same {@code webhook-id} and body (a new timestamp and
     * signature). 409 while it is still waiting, or when its subscription is disabled.
     */
    public WebhookDelivery replay(Actor actor, String territory, String deliveryId) {
        if (actor.hasRole(Role.OPS)) {
            mayRead(actor, territory);
        } else {
            mayWrite(actor, territory);
        }
        return replayed(actor, delivery(actor, territory, deliveryId));
    }

    /** The ops page's replay: any territory, for OPS and ADMIN. */
    public WebhookDelivery replayAsOps(Actor actor, String deliveryId) {
        if (!actor.hasAnyRole(Role.OPS, Role.ADMIN)) {
            throw new AccessDeniedException("Réservé à l'exploitation (OPS) et aux administrateurs.");
        }
        return replayed(actor, deliveries.find(deliveryId)
                .orElseThrow(() -> new NotFoundException("Aucune livraison " + deliveryId)));
    }

    private WebhookDelivery replayed(Actor actor, WebhookDelivery delivery) {
        WebhookSubscription subscription = subscriptions.find(delivery.subscriptionId())
                .orElseThrow(() -> new NotFoundException("Aucune livraison " + delivery.id()));
        if (!subscription.enabled()) {
            throw new ConflictException("L'abonnement " + subscription.id()
                    + " est désactivé : réactivez-le avant de rejouer une livraison.");
        }
        WebhookDelivery replayed = deliveries.replay(delivery.id(),
                        List.of(WebhookDelivery.Status.DELIVERED, WebhookDelivery.Status.FAILED),
                        new WebhookDelivery.Replay(clock.instant(), actor.username()))
                .orElseThrow(() -> new ConflictException("La livraison " + delivery.id()
                        + " est déjà en attente d'envoi : inutile de la rejouer."));
        wake.run();
        return replayed;
    }

    private Update attributed(Update update, Actor actor) {
        return update.set("updatedAt", clock.instant()).set("updatedBy", actor.username());
    }

    /** EPT of this territory, or ADMIN; OPS reads only. An unknown territory is a 404 for everyone. */
    private void mayWrite(Actor actor, String territory) {
        known(territory);
        if (actor.hasRole(Role.ADMIN)) {
            return;
        }
        if (actor.hasRole(Role.EPT) && territory.equals(actor.territory())) {
            return;
        }
        throw new AccessDeniedException("Seul le compte de l'EPT " + territory
                + " gère les abonnements webhooks de son territoire.");
    }

    private void known(String territory) {
        if (!territories.contains(territory)) {
            throw new NotFoundException("Territoire inconnu : " + territory + " (territoires : "
                    + String.join(", ", territories.stream().sorted().toList()) + ")");
        }
    }

    private void mayRead(Actor actor, String territory) {
        known(territory);
        if (actor.hasAnyRole(Role.ADMIN, Role.OPS)) {
            return;
        }
        if (actor.hasRole(Role.EPT) && territory.equals(actor.territory())) {
            return;
        }
        throw new AccessDeniedException("Seul le compte de l'EPT " + territory
                + " (et l'exploitation) lit les abonnements webhooks de son territoire.");
    }

    private Request validated(Request request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null) {
            throw new InvalidCommandException(List.of(new Violation("body", "body.missing",
                    "Le corps de la requête est requis.")));
        }
        String url = request.url() == null ? "" : request.url().trim();
        checkUrl(url, violations);
        Set<String> types = new LinkedHashSet<>();
        if (request.eventTypes() == null || request.eventTypes().isEmpty()) {
            violations.add(new Violation("eventTypes", "eventTypes.empty",
                    "Choisissez au moins un type d'événement parmi : " + String.join(", ", catalogue.types()) + "."));
        } else {
            for (String type : request.eventTypes()) {
                if (type == null || catalogue.find(type).isEmpty()) {
                    violations.add(new Violation("eventTypes", "eventTypes.unknown",
                            "Type d'événement inconnu de ce service : " + type + " (types livrés : "
                                    + String.join(", ", catalogue.types()) + ")."));
                } else {
                    types.add(type);
                }
            }
        }
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            violations.add(new Violation("description", "description.length",
                    "La description a au plus " + MAX_DESCRIPTION_LENGTH + " caractères."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        return new Request(url, List.copyOf(types), description);
    }

    private void checkUrl(String url, List<Violation> violations) {
        if (url.isEmpty()) {
            violations.add(new Violation("url", "url.missing", "L'URL de réception est requise."));
            return;
        }
        if (url.length() > MAX_URL_LENGTH) {
            violations.add(new Violation("url", "url.length",
                    "L'URL a au plus " + MAX_URL_LENGTH + " caractères."));
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            violations.add(new Violation("url", "url.format", "L'URL n'est pas valide : " + url));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getUserInfo() != null || uri.getFragment() != null) {
            violations.add(new Violation("url", "url.format",
                    "L'URL est absolue, avec un hôte, sans identifiants ni fragment : " + url));
            return;
        }
        boolean localhost = host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (scheme.equals("https") || (scheme.equals("http") && localhost && allowHttpLocalhost)) {
            receiverAddresses.privateAddressOf(host).ifPresent(address -> violations.add(new Violation("url",
                    "url.private", "L'URL désigne une adresse du réseau interne (" + address.getHostAddress()
                    + ") : le point de réception doit être joignable sur Internet.")));
            return;
        }
        violations.add(new Violation("url", "url.scheme", allowHttpLocalhost
                ? "L'URL est en https (http seulement pour localhost) : " + url
                : "L'URL est en https : " + url));
    }
}
