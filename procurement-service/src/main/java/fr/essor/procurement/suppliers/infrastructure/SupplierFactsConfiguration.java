package fr.essor.procurement.suppliers.infrastructure;

import fr.essor.kit.consuming.EventConsumers;
import fr.essor.procurement.suppliers.application.RecordingSupplierGrants;
import fr.essor.procurement.suppliers.application.RecordingSupplierLeases;
import fr.essor.procurement.suppliers.application.ReportedFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * Wires the supplier pages' facts from the other services: their store and one consumer per upstream topic
 * (bindings {@code supplier*Facts-in-0}, group {@code procurement-supplier-facts}; retries and dead letters from the
 * kit).
 */
@Configuration(proxyBeanMethods = false)
class SupplierFactsConfiguration {

    @Bean
    MongoReportedFacts reportedFacts(MongoTemplate mongo) {
        return new MongoReportedFacts(mongo);
    }

    @Bean
    Consumer<Message<byte[]>> supplierGrantFacts(EventConsumers consumers, ReportedFacts facts) {
        return consumers.consumer(new RecordingSupplierGrants(facts).routes());
    }

    @Bean
    Consumer<Message<byte[]>> supplierLeaseFacts(EventConsumers consumers, ReportedFacts facts) {
        return consumers.consumer(new RecordingSupplierLeases(facts).routes());
    }
}
