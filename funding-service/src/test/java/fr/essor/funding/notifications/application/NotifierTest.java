package fr.essor.funding.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.essor.funding.notifications.domain.NotifiedFact;
import fr.essor.funding.notifications.domain.Notification;
import fr.essor.kit.consuming.Consumption;
import fr.essor.kit.consuming.IncomingEvent;
import org.junit.jupiter.api.Test;

/** At least once, never twice: the idempotency key is (event id, account). */
class NotifierTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final NotifiedFact REQUEST = new NotifiedFact.InformationRequested("AAA-2026-0042",
            "84129031700012", "Atelier vélo", "Joignez le RIB.");
    private static final IncomingEvent EVENT = new IncomingEvent("e-1", "fr.essor.funding.information-requested.v1",
            "/essor/funding", "AAA-2026-0042", NOW.minusSeconds(5));

    private final Map<String, Notification> stored = new LinkedHashMap<>();
    private final List<Mailer.Mail> sent = new ArrayList<>();
    private int failuresToCome;

    private final NotificationLog log = new NotificationLog() {
        public Optional<Notification> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        public boolean addIfAbsent(Notification n) {
            return stored.putIfAbsent(n.id(), n) == null;
        }

        public void markSent(String id, Instant at) {
            Notification n = stored.get(id);
            stored.put(id, new Notification(n.id(), n.eventId(), n.eventType(), n.organisationId(), n.account(),
                    n.email(), n.subject(), n.body(), Notification.Status.SENT, n.createdAt(), at));
        }

        public List<Notification> latest(int limit) {
            return stored.values().stream().sorted(Comparator.comparing(Notification::createdAt).reversed())
                    .limit(limit).toList();
        }
    };

    private final Mailer mailer = mail -> {
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new IllegalStateException("SMTP unreachable");
        }
        sent.add(mail);
    };

    private Notifier notifier(Recipients recipients) {
        return new Notifier(recipients, log, mailer, Clock.fixed(NOW, ZoneOffset.UTC), "https://essor.example/espace",
                Duration.ofDays(7));
    }

    private static Recipients both() {
        return organisation -> organisation.equals("84129031700012") ? List.of(
                new Recipients.Recipient("asso-fabrique", "asso-fabrique@essor.example"),
                new Recipients.Recipient("tresoriere", "tresoriere@essor.example")) : List.of();
    }

    @Test
    void eachLinkedAccountGetsTheMailOnceAndARedeliveryIsADuplicate() {
        Notifier notifier = notifier(both());

        assertThat(notifier.notify(EVENT, REQUEST)).isEqualTo(Consumption.APPLIED);
        assertThat(notifier.notify(EVENT, REQUEST)).isEqualTo(Consumption.DUPLICATE);

        assertThat(sent).extracting(Mailer.Mail::to)
                .containsExactly("asso-fabrique@essor.example", "tresoriere@essor.example");
        assertThat(sent).extracting(Mailer.Mail::idempotencyKey).containsExactly("e-1~asso-fabrique", "e-1~tresoriere");
        assertThat(stored.values()).allMatch(Notification::sent);
    }

    @Test
    void aFailedSendThrowsForTheRetryAndTheRetrySendsOnlyWhatWasNotSent() {
        Notifier notifier = notifier(both());
        sent.clear();
        failuresToCome = 0;
        // the first account is served, the SMTP server fails on the second
        Recipients.Recipient first = both().of("84129031700012").getFirst();
        notifier(organisation -> List.of(first)).notify(EVENT, REQUEST);
        failuresToCome = 1;
        assertThatThrownBy(() -> notifier.notify(EVENT, REQUEST)).hasMessageContaining("SMTP unreachable");
        assertThat(stored.get("e-1~tresoriere").sent()).isFalse();

        assertThat(notifier.notify(EVENT, REQUEST)).isEqualTo(Consumption.APPLIED);
        assertThat(sent).extracting(Mailer.Mail::to)
                .containsExactly("asso-fabrique@essor.example", "tresoriere@essor.example");
    }

    @Test
    void noRecipientOrAnOldFactOrAFactNotToldSendsNothing() {
        assertThat(notifier(organisation -> List.of()).notify(EVENT, REQUEST)).isEqualTo(Consumption.IGNORED);
        IncomingEvent old = new IncomingEvent("e-2", EVENT.type(), EVENT.source(), EVENT.subject(),
                NOW.minus(Duration.ofDays(8)));
        assertThat(notifier(both()).notify(old, REQUEST)).isEqualTo(Consumption.IGNORED);
        assertThat(notifier(both()).notify(new IncomingEvent("e-3", "fr.essor.funding.application-submitted.v1",
                "/essor/funding", "AAA-2026-0043", NOW), new NotifiedFact.Submitted("AAA-2026-0043", 2026,
                "84129031700012", "Recyclerie", "Papier", "AGENT"))).isEqualTo(Consumption.IGNORED);
        assertThat(sent).isEmpty();
    }
}
