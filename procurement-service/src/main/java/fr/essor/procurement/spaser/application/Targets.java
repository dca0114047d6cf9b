package fr.essor.procurement.spaser.application;

import fr.essor.procurement.spaser.domain.YearTargets;

import java.util.Optional;

/** The SPASER targets, one document per year. */
public interface Targets {

    Optional<YearTargets> find(int year);

    /**
     * Saves the targets of a year (new when {@code expectedVersion} is 0).
     *
     * @throws fr.essor.kit.outbox.StaleAggregateException when they changed since {@code expectedVersion}
     */
    void save(YearTargets targets, long expectedVersion);
}
