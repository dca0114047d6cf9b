package fr.essor.funding.notifications.application;

import java.util.List;

/** Who receives the e-mails of an organisation: its confirmed applicant accounts with a known e-mail address. */
public interface Recipients {

    record Recipient(String account, String email) {
    }

    List<Recipient> of(String organisationId);
}
