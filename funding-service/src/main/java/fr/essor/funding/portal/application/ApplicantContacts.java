package fr.essor.funding.portal.application;

import java.util.Optional;

/**
 * The e-mail address of each applicant account, as its provider's {@code email} claim gave it at its last visit to
 * the space (ADR-0018): the services hold no directory of people, so funding remembers the address it was told.
 */
public interface ApplicantContacts {

    /** Records the address if it is new or changed (no write otherwise). */
    void remember(String account, String email);

    Optional<String> emailOf(String account);
}
