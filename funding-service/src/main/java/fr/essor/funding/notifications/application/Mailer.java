package fr.essor.funding.notifications.application;

/** The SMTP port (ADR-0018): sends one plain-text e-mail or throws, so that the consumer retries. */
public interface Mailer {

    /** {@code idempotencyKey} travels as the Message-ID and a header, so a resent e-mail can be recognised. */
    record Mail(String idempotencyKey, String to, String subject, String body) {
    }

    void send(Mail mail);
}
