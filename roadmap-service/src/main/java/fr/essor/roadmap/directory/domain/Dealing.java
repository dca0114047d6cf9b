package fr.essor.roadmap.directory.domain;

/**
 * What one upstream fact says the département did with an organisation. Each dealing has a key (the upstream
 * aggregate it follows: an application, a stake, a contract's holder, a lease, an allocation) and that aggregate's
 * version, so the directory keeps, per key, what the fact of highest version said.
 */
public sealed interface Dealing permits Grant, ObjectivesAgreement, ScicStake, ScicStakeSale, WonContract, Premises,
        LeaseEnd, HubOccupancy, HubVacancy {

    String organisationId();

    long version();

    /** The upstream aggregate this dealing follows, unique across kinds. */
    String key();
}
