package fr.essor.foncier.premises.infrastructure;

import fr.essor.foncier.premises.application.MatchBoard;
import fr.essor.foncier.premises.application.NeedRegistry;
import fr.essor.foncier.premises.application.OfferRegistry;
import fr.essor.foncier.premises.application.PremisesNeeds;
import fr.essor.foncier.premises.application.PremisesOffers;
import fr.essor.foncier.premises.application.ReferenceNumbers;
import fr.essor.foncier.premises.domain.Matchmaker;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the premises intermediation: needs, offers, their Mongo stores and the match board. */
@Configuration(proxyBeanMethods = false)
class PremisesConfiguration {

    @Bean
    PremisesNeeds premisesNeeds(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                                EventTypes eventTypes, JsonMapper json) {
        return new MongoPremisesNeeds(mongo, outbox, outboxes, communes, eventTypes, json);
    }

    @Bean
    PremisesOffers premisesOffers(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, Communes communes,
                                  EventTypes eventTypes, JsonMapper json) {
        return new MongoPremisesOffers(mongo, outbox, outboxes, communes, eventTypes, json);
    }

    @Bean
    ReferenceNumbers premisesReferenceNumbers(MongoTemplate mongo) {
        return new MongoReferenceNumbers(mongo);
    }

    @Bean
    NeedRegistry needRegistry(PremisesNeeds needs, Organisations organisations, ReferenceNumbers references,
                              Communes communes, Clock clock) {
        return new NeedRegistry(needs, organisations, references, communes, clock);
    }

    @Bean
    OfferRegistry offerRegistry(PremisesOffers offers, ReferenceNumbers references, Communes communes, Clock clock) {
        return new OfferRegistry(offers, references, communes, clock);
    }

    @Bean
    MatchBoard matchBoard(PremisesNeeds needs, PremisesOffers offers) {
        return new MatchBoard(needs, offers, new Matchmaker());
    }
}
