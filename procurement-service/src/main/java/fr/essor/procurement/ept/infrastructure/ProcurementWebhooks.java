package fr.essor.procurement.ept.infrastructure;

import fr.essor.kit.webhooks.DeliverableEvent;
import fr.essor.kit.webhooks.WebhookCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

import static fr.essor.kit.webhooks.DeliverableEvent.ofTerritory;

/**
 * What procurement delivers to the EPTs' webhooks (ADR-0014): contracts awarded and sourcing needs published on their
 * territory. Never the agents' usernames, nor the suppliers a sourcing need was matched with (the directory's
 * internal matching).
 */
@Configuration(proxyBeanMethods = false)
class ProcurementWebhooks {

    @Bean
    WebhookCatalogue webhookCatalogue() {
        return WebhookCatalogue.of(
                new DeliverableEvent("fr.essor.procurement.contract-awarded.v1", "essor.procurement.contracts",
                        "Un marché (ou un lot) exécuté sur le territoire est attribué : un événement par titulaire.",
                        ofTerritory("territoryCode"),
                        List.of("contractId", "version", "contractReference", "object", "cpvCode",
                                "buyerDirectorate", "reservation", "socialClause", "environmentalClause", "amount",
                                "contractAmount", "holderShare", "holderCount", "insertionHoursPlanned",
                                "holderOrganisationId", "holderName", "holderEss", "territoryCode", "year",
                                "awardedOn", "occurredAt")),
                new DeliverableEvent("fr.essor.procurement.sourcing-need-published.v1", "essor.procurement.sourcing",
                        "Un besoin d'achat localisé sur le territoire est publié pour le sourcing des structures de "
                                + "l'ESS.",
                        ofTerritory("territoryCode"),
                        List.of("needId", "version", "buyerDirectorate", "object", "cpvDivision", "territoryCode",
                                "minAmount", "maxAmount", "answerBy", "occurredAt")));
    }
}
