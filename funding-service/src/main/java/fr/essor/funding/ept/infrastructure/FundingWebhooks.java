package fr.essor.funding.ept.infrastructure;

import fr.essor.kit.webhooks.DeliverableEvent;
import fr.essor.kit.webhooks.WebhookCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

import static fr.essor.kit.webhooks.DeliverableEvent.concerning;
import static fr.essor.kit.webhooks.DeliverableEvent.ofTerritory;

/**
 * What funding delivers to the EPTs' webhooks (ADR-0014): applications submitted and grants awarded that concern
 * their territory (a commune of the project or an EPT it names), the laureate list of their territory, and the
 * payments of grants whose main territory is theirs. Never the agents' usernames, the instructors' justification nor
 * the duplicate suspicion; the organisations are legal entities (SIRET/RNA and name).
 */
@Configuration(proxyBeanMethods = false)
class FundingWebhooks {

    @Bean
    WebhookCatalogue webhookCatalogue() {
        return WebhookCatalogue.of(
                new DeliverableEvent("fr.essor.funding.application-submitted.v1", "essor.funding.applications",
                        "Une candidature dont le projet concerne le territoire est déposée.",
                        concerning("communesInsee", "territoryCodes", "territoryCode"),
                        List.of("applicationId", "version", "callId", "programme", "callYear", "organisationId",
                                "organisationName", "projectTitle", "theme", "durationYears", "amountRequested",
                                "amountsRequested", "projectBudget", "territoryCode", "territoryCodes",
                                "communesInsee", "qpv", "incubation", "channel", "submittedOn", "occurredAt")),
                new DeliverableEvent("fr.essor.funding.grant-awarded.v1", "essor.funding.applications",
                        "Une subvention est attribuée (décision votée) à un projet qui concerne le territoire.",
                        concerning("communesInsee", "territoryCodes", "territoryCode"),
                        List.of("applicationId", "version", "callId", "programme", "callYear", "organisationId",
                                "organisationName", "projectTitle", "amount", "nature", "durationYears",
                                "territoryCode", "territoryCodes", "communesInsee", "qpv", "decisionReference",
                                "decidedOn", "occurredAt")),
                new DeliverableEvent("fr.essor.funding.laureates-published.v1", "essor.funding.laureates",
                        "La liste des lauréats du territoire d'une séance de vote est publiée (éventuellement vide).",
                        ofTerritory("territoryCode"),
                        List.of("sessionId", "version", "programme", "callId", "callYear", "territoryCode",
                                "decisionReference", "decidedOn", "laureateCount", "totalAmount", "laureates",
                                "occurredAt")),
                new DeliverableEvent("fr.essor.funding.payment-made.v1", "essor.funding.grants",
                        "Un versement est fait sur une subvention (ou une CPO) dont le territoire principal est "
                                + "celui de l'EPT.",
                        ofTerritory("territoryCode"),
                        List.of("applicationId", "version", "programme", "callId", "callYear", "organisationId",
                                "organisationName", "projectTitle", "territoryCode", "paymentNumber", "instalment",
                                "trigger", "amount", "paidOn", "amountGranted", "totalPaid", "remaining", "settled",
                                "decisionReference", "occurredAt")));
    }
}
