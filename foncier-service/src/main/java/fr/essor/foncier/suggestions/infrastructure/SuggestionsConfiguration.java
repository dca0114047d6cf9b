package fr.essor.foncier.suggestions.infrastructure;

import fr.essor.foncier.suggestions.application.GrowthSuggestions;
import fr.essor.foncier.suggestions.application.SuggestionDesk;
import fr.essor.foncier.suggestions.domain.GrantAward;
import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Wires the growth suggestions and their consumer of funding's {@code essor.funding.applications}. */
@Configuration(proxyBeanMethods = false)
class SuggestionsConfiguration {

    static final String GRANT_AWARDED = "fr.essor.funding.grant-awarded.v1";

    @Bean
    GrowthSuggestions growthSuggestions(MongoTemplate mongo) {
        return new MongoGrowthSuggestions(mongo);
    }

    @Bean
    SuggestionDesk suggestionDesk(GrowthSuggestions suggestions, Clock clock) {
        return new SuggestionDesk(suggestions, clock);
    }

    /** Group {@code foncier-growth-suggestions}: an awarded grant may tell the cell an organisation grows. */
    @Bean
    Consumer<Message<byte[]>> growthSuggestionFacts(EventConsumers consumers, SuggestionDesk desk) {
        return consumers.consumer(EventRoutes.following().on(GRANT_AWARDED, GrantAwardedFact.class,
                (event, fact) -> Consumption.appliedIf(desk.grantAwarded(fact.toAward()))));
    }

    /** What foncier reads of {@code grant-awarded.v1} (tolerant reader: other fields are ignored). */
    record GrantAwardedFact(String applicationId, String programme, String callId, String organisationId,
                            String organisationName, String projectTitle, BigDecimal amount, String nature,
                            String territoryCode, List<String> communesInsee, String decidedOn, String occurredAt) {

        GrantAward toAward() {
            return new GrantAward(applicationId, programme, callId, organisationId, organisationName, projectTitle,
                    amount, nature, territoryCode, communesInsee, decidedOn == null ? null : LocalDate.parse(decidedOn),
                    occurredAt == null ? null : Instant.parse(occurredAt));
        }
    }
}
