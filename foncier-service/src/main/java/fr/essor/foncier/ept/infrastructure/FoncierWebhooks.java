package fr.essor.foncier.ept.infrastructure;

import fr.essor.kit.webhooks.DeliverableEvent;
import fr.essor.kit.webhooks.WebhookCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

import static fr.essor.kit.webhooks.DeliverableEvent.concerning;
import static fr.essor.kit.webhooks.DeliverableEvent.locatedIn;

/**
 * What foncier delivers to the EPTs' webhooks (ADR-0014): premises offers and needs, and leases, of their territory.
 * The same rule as the feeds: never the owner's name, the cell's notes, the agents' usernames, nor the
 * intermediation (its id, the need it satisfied, the rent agreed). A need that wants no commune nor EPT (anywhere in
 * the département) has no territory, so it is not delivered (the feeds list it).
 */
@Configuration(proxyBeanMethods = false)
class FoncierWebhooks {

    @Bean
    WebhookCatalogue webhookCatalogue() {
        return WebhookCatalogue.of(
                new DeliverableEvent("fr.essor.foncier.premises-offer-published.v1", "essor.foncier.premises",
                        "Une offre de locaux située sur le territoire est publiée ou modifiée.",
                        locatedIn("communeInsee", "territoryCode"),
                        List.of("offerId", "version", "ownerType", "address", "communeInsee", "territoryCode",
                                "surface", "allowedUsages", "rentPerSquareMetre", "availableFrom", "availableUntil",
                                "tenure", "erpCategory", "accessible", "status", "occurredAt")),
                new DeliverableEvent("fr.essor.foncier.premises-need-registered.v1", "essor.foncier.premises",
                        "Un besoin de locaux qui vise une commune ou l'EPT du territoire est enregistré ou modifié.",
                        concerning("communeInsees", "territoryCodes", null),
                        List.of("needId", "version", "organisationId", "organisationName", "usages", "surfaceMin",
                                "surfaceMax", "communeInsees", "territoryCodes", "maxRentPerSquareMetre",
                                "neededFrom", "tenure", "durationMonths", "accessibilityRequired", "erpRequired",
                                "status", "occurredAt")),
                new DeliverableEvent("fr.essor.foncier.lease-signed.v1", "essor.foncier.leases",
                        "Un bail est signé pour des locaux du territoire : une structure y est hébergée.",
                        locatedIn("communeInsee", "territoryCode"),
                        List.of("leaseId", "version", "organisationId", "organisationName", "offerId", "communeInsee",
                                "territoryCode", "surface", "startDate", "endDate", "temporaryOccupation",
                                "occurredAt")),
                new DeliverableEvent("fr.essor.foncier.lease-ended.v1", "essor.foncier.leases",
                        "Un bail de locaux du territoire a pris fin (à son terme ou avant) ; l'offre est de nouveau "
                                + "disponible.",
                        locatedIn("communeInsee", "territoryCode"),
                        List.of("leaseId", "version", "organisationId", "organisationName", "offerId", "communeInsee",
                                "territoryCode", "surface", "startDate", "endDate", "endedOn", "atTerm", "reason",
                                "temporaryOccupation", "occurredAt")));
    }
}
