package fr.essor.funding.portal.application;

import java.util.List;
import java.util.Optional;

import fr.essor.funding.portal.domain.LinkStatus;
import fr.essor.funding.portal.domain.OrganisationLink;

/** The links between applicants' accounts and organisations, as stored. */
public interface OrganisationLinks {

    Optional<OrganisationLink> find(String id);

    /** The links of one account, by organisation name. */
    List<OrganisationLink> ofAccount(String account);

    /** The links of one organisation, whatever their state. */
    List<OrganisationLink> ofOrganisation(String organisationId);

    /** The links in this state, oldest request first. */
    List<OrganisationLink> withStatus(LinkStatus status);

    /** @throws AlreadyRequestedException when the account already has a link to this organisation */
    void add(OrganisationLink link);

    /** @throws fr.essor.kit.outbox.StaleAggregateException when it changed since {@code expectedVersion} */
    void save(OrganisationLink link, long expectedVersion);

    class AlreadyRequestedException extends RuntimeException {
        public AlreadyRequestedException(String id) {
            super("Link " + id + " exists");
        }
    }
}
