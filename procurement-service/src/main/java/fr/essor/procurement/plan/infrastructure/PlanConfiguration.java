package fr.essor.procurement.plan.infrastructure;

import fr.essor.kit.outbox.OutboxStore;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.plan.application.InclusivePotentials;
import fr.essor.procurement.plan.application.PlannedPurchases;
import fr.essor.procurement.plan.application.PurchasePlanning;
import fr.essor.procurement.suppliers.application.SupplierDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/** Wires the purchase plan: its store, its use cases and the inclusive potential read from the directory. */
@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

    @Bean
    MongoPlannedPurchases plannedPurchases(MongoTemplate mongo, OutboxStore outbox) {
        return new MongoPlannedPurchases(mongo, outbox);
    }

    @Bean
    PurchasePlanning purchasePlanning(PlannedPurchases purchases, Communes communes, Clock clock) {
        return new PurchasePlanning(purchases, communes, clock);
    }

    @Bean
    InclusivePotentials inclusivePotentials(PlannedPurchases purchases, SupplierDirectory directory) {
        return new InclusivePotentials(purchases, directory);
    }
}
