package fr.essor.procurement.contracts.application;

import fr.essor.kit.ept.FeedWindow;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractAwarded;
import fr.essor.procurement.contracts.domain.ContractFilter;
import fr.essor.procurement.contracts.domain.PriorAward;
import fr.essor.procurement.contracts.domain.Reservation;

import java.util.List;
import java.util.Optional;

/** The Département's contracts and lots. */
public interface Contracts {

    Optional<Contract> find(String contractId);

    /** @throws AlreadyExistsException when a contract with this id exists */
    void add(Contract contract);

    /**
     * Saves the contract and the facts it produced in one write; the facts are published from there.
     *
     * @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion}
     */
    void save(Contract contract, long expectedVersion, List<ContractAwarded> facts);

    /** Contracts matching the filter, the most recently changed first. */
    List<Contract> search(ContractFilter filter, int limit);

    /** Every awarded contract, by id: what the open data exports publish. */
    List<Contract> awarded();

    /**
     * The awarded contracts executed on this EPT's territory (a commune of it, or the whole département) in the
     * window of an EPT feed, in the order of their last change (time, then id).
     */
    List<Contract> awardedOnTerritory(String territoryCode, FeedWindow window);

    /** Every awarded contract executed on this EPT's territory (a commune of it, or the whole département). */
    List<Contract> awardedOnTerritory(String territoryCode);

    /** The awarded contracts a SIRET holds (alone or with others), the most recent first. */
    List<Contract> heldBy(String siret);

    /** The contracts already awarded to a SIRET under a reservation. */
    List<PriorAward> priorAwards(String siret, Reservation reservation);

    class AlreadyExistsException extends RuntimeException {
        public AlreadyExistsException(String contractId) {
            super("Contract " + contractId + " already exists");
        }
    }
}
