package fr.essor.funding.notifications.domain;

import java.time.Instant;

/**
 * One e-mail of one fact to one applicant account (ADR-0018). Its id — {@code <event id>~<account>} — is the
 * idempotency key: a fact read again finds it, and a notification already sent is never sent twice.
 */
public record Notification(String id, String eventId, String eventType, String organisationId, String account,
                           String email, String subject, String body, Status status, Instant createdAt,
                           Instant sentAt) {

    public enum Status {
        PENDING("À envoyer"),
        SENT("Envoyé");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static String idOf(String eventId, String account) {
        return eventId + "~" + account;
    }

    public boolean sent() {
        return status == Status.SENT;
    }
}
