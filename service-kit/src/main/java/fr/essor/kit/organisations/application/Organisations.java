package fr.essor.kit.organisations.application;

import fr.essor.kit.organisations.domain.Organisation;
import fr.essor.kit.organisations.domain.OrganisationRegistered;
import fr.essor.kit.organisations.domain.OrganisationUpdated;

import java.util.List;
import java.util.Optional;

/** The organisations this service registered. Saving an organisation also hands its new facts to the outbox. */
public interface Organisations {

    Optional<Organisation> find(String organisationId);

    /** Finds an organisation by its SIRET or its RNA. */
    Optional<Organisation> findByIdentifier(String siretOrRna);

    List<Organisation> list(int limit);

    /** @throws AlreadyRegisteredException when an organisation with this id exists */
    void add(Organisation organisation, OrganisationRegistered registered);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(Organisation organisation, long expectedVersion, OrganisationUpdated updated);

    class AlreadyRegisteredException extends RuntimeException {
        public AlreadyRegisteredException(String organisationId) {
            super("Organisation " + organisationId + " is already registered");
        }
    }
}
