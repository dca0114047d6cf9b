package fr.essor.funding.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.funding.decisions.domain.SessionFixtures;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.grants.domain.GrantEvent;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.grants.domain.GrantOutcome;
import fr.essor.funding.grants.domain.ReportFigures;
import fr.essor.funding.grants.domain.Trigger;
import fr.essor.funding.notifications.domain.Notification;
import fr.essor.kit.ept.FeedWindow;

/**
 * The dated « report due » reminder: nothing before the lead, one e-mail per account once the due date is near, none
 * on a second run nor after a restart (the log keeps the key), none while a report waits for an agent, and the next
 * report's date once the first is accepted.
 */
class ReportRemindersTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Map<String, Notification> stored = new LinkedHashMap<>();
    private final List<Mailer.Mail> sent = new ArrayList<>();
    private final List<GrantFile> grants = new ArrayList<>();
    private Instant now;

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
            return List.copyOf(stored.values());
        }
    };

    private final Clock clock = new Clock() {
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    };

    /** A fresh start of the service: new objects, the same stored log. */
    private ReportReminders started() {
        Notifier notifier = new Notifier(organisation -> List.of(new Recipients.Recipient("asso-fabrique",
                "asso-fabrique@essor.example"), new Recipients.Recipient("asso-fabrique-2", "tresorier@essor.example")),
                log, sent::add, clock, "https://essor.example/espace-candidat", Duration.ofDays(7));
        return new ReportReminders(files(), notifier, clock, Duration.ofDays(30));
    }

    private void on(String date) {
        now = LocalDate.parse(date).atTime(8, 0).atZone(PARIS).toInstant();
    }

    @Test
    void aReportDueIsRemindedOncePerAccountReportAndDateFromThirtyDaysBefore() {
        GrantFile signed = changed(granted().sign(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1),
                SessionFixtures.PILOT, SessionFixtures.NOW));
        grants.add(signed);
        assertThat(signed.reportDeadline()).contains(new GrantFile.ReportDeadline(Trigger.ANNUAL_REPORT,
                LocalDate.of(2027, 6, 30)));

        on("2027-05-30");
        assertThat(started().run()).isZero();
        on("2027-05-31");
        assertThat(started().run()).isEqualTo(2);
        assertThat(sent).extracting(Mailer.Mail::to).containsExactly("asso-fabrique@essor.example",
                "tresorier@essor.example");
        assertThat(sent.getFirst().subject()).isEqualTo("Compte rendu annuel à transmettre avant le 30/06/2027 — "
                + "dossier " + signed.id());
        assertThat(sent.getFirst().body()).contains("au plus tard le 30/06/2027",
                "https://essor.example/espace-candidat/dossiers/" + signed.id());
        assertThat(sent.getFirst().idempotencyKey()).isEqualTo("report-due~" + signed.id()
                + "~ANNUAL_REPORT~2027-06-30~asso-fabrique");

        ReportReminders restarted = started();
        assertThat(restarted.run()).as("the same day again").isZero();
        on("2027-07-15");
        assertThat(restarted.run()).as("overdue, already reminded").isZero();

        GrantFile submitted = changed(signed.submitReport(Trigger.ANNUAL_REPORT, "doc-1", "cr.pdf",
                new ReportFigures(new BigDecimal("9000"), new BigDecimal("6000"), new BigDecimal("3000"),
                        BigDecimal.ZERO), "asso-fabrique", now));
        grants.set(0, submitted);
        stored.clear(); // forget what was sent: only the report under review keeps the reminder back
        assertThat(started().run()).as("a report waits for an agent: no reminder").isZero();

        grants.set(0, changed(submitted.acceptReport(1, SessionFixtures.PILOT, now)));
        on("2028-05-31");
        assertThat(started().run()).isEqualTo(2);
        assertThat(sent.getLast().subject()).isEqualTo("Compte rendu financier final à transmettre avant le "
                + "30/06/2028 — dossier " + signed.id());
    }

    private static GrantFile granted() {
        Application application = ((ApplicationOutcome.Changed) SessionFixtures.proposed("AAA-2026-0001")
                .perform(WorkflowAction.GRANT, new TransitionRequest("Utile", new BigDecimal("15000"),
                        "CD-2026-05-12-0087", LocalDate.of(2026, 5, 12)), SessionFixtures.PILOT,
                        SessionFixtures.NOW)).application();
        return GrantFile.drawUp(application).orElseThrow();
    }

    private static GrantFile changed(GrantOutcome outcome) {
        return ((GrantOutcome.Changed) outcome).file();
    }

    private GrantFiles files() {
        return new GrantFiles() {
            public Optional<GrantFile> find(String applicationId) {
                return grants.stream().filter(g -> g.id().equals(applicationId)).findFirst();
            }

            public List<GrantFile> ofCall(int callYear) {
                return List.of();
            }

            public List<GrantFile> territoryFeed(String territoryCode, FeedWindow window) {
                return List.of();
            }

            public List<GrantFile> ofTerritoryChangedSince(String territoryCode, Instant since) {
                return List.of();
            }

            public List<GrantFile> awaitingReports() {
                return grants.stream().filter(g -> g.signedOn().isPresent() && g.finalReportOn().isEmpty()).toList();
            }

            public boolean add(GrantFile file, List<GrantEvent> events) {
                throw new UnsupportedOperationException();
            }

            public void save(GrantFile file, long expectedVersion, List<GrantEvent> events) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
