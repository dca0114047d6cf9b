package fr.essor.kit.organisations.application;

import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationQuery;
import fr.essor.kit.organisations.domain.OrganisationRegistered;
import fr.essor.kit.organisations.domain.OrganisationUpdated;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The organisations this service knows: those registered here and the copies of those registered elsewhere
 * (ADR-0021). Saving an organisation also hands its new facts to the outbox; a copy publishes nothing.
 */
public interface Organisations {

    Optional<Organisation> find(String organisationId);

    /** Finds an organisation by its SIRET or its RNA, typed with any spacing (« 418 166 096 00069 », « w931004567 »). */
    Optional<Organisation> findByIdentifier(String siretOrRna);

    /** The organisations a query designates, by name, at most {@code limit}. */
    List<Organisation> search(OrganisationQuery query, int limit);

    List<Organisation> list(int limit);

    /** @throws AlreadyRegisteredException when an organisation with this id exists */
    void add(Organisation organisation, OrganisationRegistered registered);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Organisation organisation, long expectedVersion, OrganisationUpdated updated);

    /**
     * Stores what another service ({@code origin}, its CloudEvents source) says of an organisation, when it is later
     * than what is held here: a higher version, or the same version changed later, or at the same instant by a
     * source that sorts after the one held.
     *
     * @return false when what is held here is as recent or more (a redelivery, a replay, an older fact)
     */
    boolean copy(Organisation copy, String origin);

    /** Keeps the earliest registration known, when two services registered the organisation or facts came out of order. */
    void keepEarliestRegistration(String organisationId, Instant registeredAt, String registeredBy);

    class AlreadyRegisteredException extends RuntimeException {
        public AlreadyRegisteredException(String organisationId) {
            super("Organisation " + organisationId + " is already registered");
        }
    }
}
