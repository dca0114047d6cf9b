package fr.essor.funding.scic.application;

import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.funding.scic.domain.ScicStakeEvent;

import java.util.List;
import java.util.Optional;

/** The Département's SCIC stakes as stored; a save writes the new state and its facts in one document write. */
public interface ScicStakes {

    Optional<ScicStake> find(String stakeId);

    /** Every stake, by SCIC name. */
    List<ScicStake> all();

    /** The stakes in this organisation (SIRET or RNA). */
    List<ScicStake> ofOrganisation(String organisationId);

    /** Adds a stake; {@code false} when one with its id exists already (nothing is written then). */
    boolean addIfAbsent(ScicStake stake, List<ScicStakeEvent> events);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(ScicStake stake, long expectedVersion, List<ScicStakeEvent> events);
}
