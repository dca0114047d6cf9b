package fr.essor.funding.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.essor.funding.notifications.domain.Notice;
import fr.essor.funding.notifications.domain.NotifiedFact;
import fr.essor.funding.notifications.domain.Notification;
import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.IncomingEvent;

/**
 * Sends the e-mails of one of funding's facts to the applicant accounts of its organisation (ADR-0018), at least
 * once and never twice: each (event, account) is logged as pending before the send and marked sent after it, so a
 * fact read again finds it sent and sends nothing; a crash between the send and the mark sends it again, with the
 * same Message-ID. A failed send throws: the binder retries, then dead-letters (replayable from the ops page).
 * Facts older than {@code maxAge} are not sent (a new consumer group reads the topics from their beginning).
 */
public class Notifier {

    private final Recipients recipients;
    private final NotificationLog log;
    private final Mailer mailer;
    private final Clock clock;
    private final String spaceUrl;
    private final Duration maxAge;

    public Notifier(Recipients recipients, NotificationLog log, Mailer mailer, Clock clock, String spaceUrl,
                    Duration maxAge) {
        this.recipients = recipients;
        this.log = log;
        this.mailer = mailer;
        this.clock = clock;
        this.spaceUrl = spaceUrl;
        this.maxAge = maxAge;
    }

    public Consumption notify(IncomingEvent event, NotifiedFact fact) {
        Instant now = clock.instant();
        if (event.time().isBefore(now.minus(maxAge))) {
            return Consumption.IGNORED;
        }
        Sent counts = send(event.id(), event.type(), fact, now);
        if (counts.sent() > 0) {
            return Consumption.APPLIED;
        }
        return counts.already() > 0 ? Consumption.DUPLICATE : Consumption.IGNORED;
    }

    /**
     * Sends a reminder that no event carries (a date came), once per {@code reminderId} and account, with the same
     * log as the facts' e-mails: a reminder already sent is not sent again, after a restart too.
     *
     * @return how many e-mails this call sent
     */
    public int remind(String reminderId, String type, NotifiedFact fact) {
        return send(reminderId, type, fact, clock.instant()).sent();
    }

    /** How many e-mails a call sent, and how many had been sent before. */
    private record Sent(int sent, int already) {
    }

    private Sent send(String key, String type, NotifiedFact fact, Instant now) {
        Optional<Notice> notice = Notice.of(fact, spaceUrl);
        if (notice.isEmpty() || fact.organisationId() == null) {
            return new Sent(0, 0);
        }
        List<Recipients.Recipient> to = recipients.of(fact.organisationId());
        int sent = 0;
        int already = 0;
        for (Recipients.Recipient recipient : to) {
            String id = Notification.idOf(key, recipient.account());
            Optional<Notification> existing = log.find(id);
            if (existing.isPresent() && existing.get().sent()) {
                already++;
                continue;
            }
            Notification notification = existing.orElseGet(() -> new Notification(id, key, type,
                    fact.organisationId(), recipient.account(), recipient.email(), notice.get().subject(),
                    notice.get().body(), Notification.Status.PENDING, now, null));
            if (existing.isEmpty()) {
                log.addIfAbsent(notification);
            }
            mailer.send(new Mailer.Mail(id, notification.email(), notification.subject(), notification.body()));
            log.markSent(id, clock.instant());
            sent++;
        }
        return new Sent(sent, already);
    }
}
