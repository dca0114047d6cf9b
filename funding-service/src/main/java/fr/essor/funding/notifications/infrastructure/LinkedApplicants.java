package fr.essor.funding.notifications.infrastructure;

import java.util.List;

import fr.essor.funding.notifications.application.Recipients;
import fr.essor.funding.portal.application.ApplicantContacts;
import fr.essor.funding.portal.application.ApplicantLinks;

/**
 * The recipients of an organisation's e-mails: the accounts an agent confirmed for it (ADR-0016) whose address the
 * provider gave; an account without a known address gets no e-mail (its space still shows everything).
 */
class LinkedApplicants implements Recipients {

    private final ApplicantLinks links;
    private final ApplicantContacts contacts;

    LinkedApplicants(ApplicantLinks links, ApplicantContacts contacts) {
        this.links = links;
        this.contacts = contacts;
    }

    @Override
    public List<Recipient> of(String organisationId) {
        return links.confirmedAccounts(organisationId).stream()
                .flatMap(account -> contacts.emailOf(account).map(email -> new Recipient(account, email)).stream())
                .toList();
    }
}
