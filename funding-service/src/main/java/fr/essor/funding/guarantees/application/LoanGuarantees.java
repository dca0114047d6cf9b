package fr.essor.funding.guarantees.application;

import fr.essor.funding.guarantees.domain.LoanGuarantee;
import fr.essor.funding.guarantees.domain.LoanGuaranteeGranted;

import java.util.List;
import java.util.Optional;

/** The loan guarantees as stored; granting one writes it and its fact in one document write. */
public interface LoanGuarantees {

    /** A new id for a guarantee granted this year, e.g. {@code GAR-2026-0001}. */
    String nextId(int year);

    Optional<LoanGuarantee> find(String id);

    /** Every guarantee, the latest granted first. */
    List<LoanGuarantee> all();

    List<LoanGuarantee> ofOrganisation(String organisationId);

    void add(LoanGuarantee guarantee, LoanGuaranteeGranted granted);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(LoanGuarantee guarantee, long expectedVersion);
}
