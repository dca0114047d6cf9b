package fr.essor.foncier.intermediation.infrastructure;

import fr.essor.foncier.intermediation.application.IntermediationDesk;
import fr.essor.foncier.intermediation.application.Intermediations;
import fr.essor.foncier.intermediation.application.LeaseFollowUp;
import fr.essor.foncier.intermediation.application.RenewalReviews;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.application.ReferenceNumbers;
import fr.essor.foncier.premises.domain.Matchmaker;
import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventRoutes;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.function.Consumer;

/** Wires the intermediation workflow, its Mongo store, and the follow-up of signed leases on need and offer. */
@Configuration(proxyBeanMethods = false)
class IntermediationConfiguration {

    static final String LEASE_SIGNED = "fr.essor.foncier.lease-signed.v1";
    static final String LEASE_ENDED = "fr.essor.foncier.lease-ended.v1";

    @Bean
    Intermediations intermediations(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes,
                                    EventTypes eventTypes, JsonMapper json) {
        return new MongoIntermediations(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    IntermediationDesk intermediationDesk(Intermediations intermediations, PremisesNeeds needs,
                                          PremisesOffers offers, ReferenceNumbers references, Clock clock) {
        return new IntermediationDesk(intermediations, needs, offers, references, new Matchmaker(), clock);
    }

    @Bean
    RenewalReviews renewalReviews(Intermediations intermediations, Clock clock) {
        return new RenewalReviews(intermediations, clock);
    }

    @Bean
    LeaseFollowUp leaseFollowUp(Intermediations intermediations, PremisesNeeds needs, PremisesOffers offers,
                                Clock clock) {
        return new LeaseFollowUp(intermediations, needs, offers, clock);
    }

    /**
     * Reads foncier's own {@code essor.foncier.leases}: a signed lease satisfies its need and lets its offer, an ended
     * one makes the offer available again.
     */
    @Bean
    Consumer<Message<byte[]>> leaseFollowUpFacts(EventConsumers consumers, LeaseFollowUp followUp) {
        return consumers.consumer(EventRoutes.following()
                .on(LEASE_SIGNED, IntermediationPayloads.LeaseFact.class,
                        (event, lease) -> Consumption.appliedIf(followUp.leaseSigned(lease.leaseId())))
                .on(LEASE_ENDED, IntermediationPayloads.LeaseFact.class,
                        (event, lease) -> Consumption.appliedIf(followUp.leaseEnded(lease.leaseId()))));
    }
}
