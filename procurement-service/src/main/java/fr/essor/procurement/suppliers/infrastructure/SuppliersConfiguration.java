package fr.essor.procurement.suppliers.infrastructure;

import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.outbox.Outboxes;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.suppliers.application.SupplierDirectory;
import fr.essor.procurement.suppliers.application.SupplierProfiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Wires the supplier directory: the profiles' store and the directory's use cases. */
@Configuration(proxyBeanMethods = false)
class SuppliersConfiguration {

    @Bean
    MongoSupplierProfiles supplierProfiles(MongoTemplate mongo, OutboxStore outbox, Outboxes outboxes) {
        return new MongoSupplierProfiles(mongo, outbox, outboxes);
    }

    @Bean
    SupplierDirectory supplierDirectory(SupplierProfiles profiles, Organisations organisations, Communes communes,
                                        Clock clock) {
        return new SupplierDirectory(profiles, organisations, communes, clock);
    }
}
