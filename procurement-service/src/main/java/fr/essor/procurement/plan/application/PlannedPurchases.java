package fr.essor.procurement.plan.application;

import fr.essor.procurement.plan.domain.PlannedPurchase;

import java.util.List;
import java.util.Optional;

/** The purchases planned by the buyer directorates. */
public interface PlannedPurchases {

    Optional<PlannedPurchase> find(String id);

    void add(PlannedPurchase purchase);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(PlannedPurchase purchase, long expectedVersion);

    /** The purchases of one directorate, or of all when {@code null}, by expected date. */
    List<PlannedPurchase> planOf(String buyerDirectorate);

    /** The directorates that planned at least one purchase, sorted. */
    List<String> directorates();
}
