package fr.essor.procurement.clauses.application;

import fr.essor.procurement.clauses.domain.InsertionHoursReported;
import fr.essor.procurement.clauses.domain.InsertionLedger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The insertion hours ledgers, one per contract. */
public interface InsertionLedgers {

    Optional<InsertionLedger> find(String contractId);

    /**
     * Saves the ledger and its fact in one write (a new ledger when {@code expectedVersion} is 0).
     *
     * @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion}
     */
    void save(InsertionLedger ledger, long expectedVersion, InsertionHoursReported fact);

    List<InsertionLedger> all();

    /**
     * The ledgers of these contracts changed at or after {@code since} ({@code null}: all of them): those that can
     * hold a report made since then, a report being stamped with the time of the write that added it.
     */
    List<InsertionLedger> changedSince(Collection<String> contractIds, Instant since);
}
