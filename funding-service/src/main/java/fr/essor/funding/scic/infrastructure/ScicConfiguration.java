package fr.essor.funding.scic.infrastructure;

import fr.essor.funding.scic.application.ScicPortfolio;
import fr.essor.funding.scic.application.ScicStakes;
import fr.essor.kit.events.EventTypes;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/** Wires the SCIC portfolio and loads the stakes the roadmap names at start (idempotent). */
@Configuration(proxyBeanMethods = false)
class ScicConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScicConfiguration.class);

    @Bean
    MongoScicStakes scicStakes(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes, EventTypes eventTypes,
                               JsonMapper json) {
        return new MongoScicStakes(mongo, outbox, outboxes, eventTypes, json);
    }

    @Bean
    ScicPortfolio scicPortfolio(ScicStakes stakes, Organisations organisations, Clock clock) {
        return new ScicPortfolio(stakes, organisations, clock);
    }

    @Bean
    ApplicationRunner referenceStakesLoader(ScicPortfolio portfolio) {
        return args -> {
            int added = portfolio.preloadReferenceStakes();
            if (added > 0) {
                log.info("Loaded {} SCIC stake(s) named by the roadmap (figures to complete)", added);
            }
        };
    }
}
