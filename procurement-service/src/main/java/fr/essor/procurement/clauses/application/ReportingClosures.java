package fr.essor.procurement.clauses.application;

import fr.essor.procurement.clauses.domain.ReportingClosure;

/** The one closure of the insertion hours reporting. */
public interface ReportingClosures {

    ReportingClosure current();

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(ReportingClosure closure, long expectedVersion);
}
