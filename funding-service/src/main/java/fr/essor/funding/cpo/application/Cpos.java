package fr.essor.funding.cpo.application;

import fr.essor.funding.cpo.domain.Cpo;
import fr.essor.funding.cpo.domain.CpoEvent;

import java.util.List;
import java.util.Optional;

/** The CPOs as stored; a save writes the new state and its facts in one document write (outbox). */
public interface Cpos {

    /** A new id for a CPO starting this year, e.g. {@code CPO-2026-0003}. */
    String nextId(int fromYear);

    Optional<Cpo> find(String id);

    /** Every CPO, the latest first. */
    List<Cpo> all();

    List<Cpo> ofOrganisation(String organisationId);

    void add(Cpo cpo);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Cpo cpo, long expectedVersion, List<CpoEvent> events);
}
