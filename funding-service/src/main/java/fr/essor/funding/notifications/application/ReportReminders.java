package fr.essor.funding.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.funding.notifications.domain.NotifiedFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dated « report due » reminder (issue 16): for each signed grant whose next report (annual, then final) is
 * neither received nor waiting for an agent's review, the organisation's applicants are mailed once its due date is
 * {@code lead} away or past — once per grant, report and due date (key {@code report-due~<grant>~<report>~<date>}
 * in the notifications' log, so a second run or a restart sends nothing more).
 */
public class ReportReminders {

    static final String TYPE = "report-due-reminder";
    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final GrantFiles files;
    private final Notifier notifier;
    private final Clock clock;
    private final Duration lead;

    public ReportReminders(GrantFiles files, Notifier notifier, Clock clock, Duration lead) {
        this.files = files;
        this.notifier = notifier;
        this.clock = clock;
        this.lead = lead;
    }

    /** One pass over the grants waiting for a report; returns how many e-mails it sent. */
    public int run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PARIS);
        int sent = 0;
        for (GrantFile file : files.awaitingReports()) {
            var deadline = file.reportDeadline();
            if (deadline.isEmpty() || file.awaitingReview(deadline.get().report()).isPresent()
                    || today.isBefore(deadline.get().dueOn().minusDays(lead.toDays()))) {
                continue;
            }
            String key = "report-due~" + file.id() + "~" + deadline.get().report().name() + "~"
                    + deadline.get().dueOn();
            try {
                sent += notifier.remind(key, TYPE, new NotifiedFact.ReportDue(file.id(), file.organisationId(),
                        file.projectTitle(), deadline.get().report().name(), deadline.get().dueOn().toString()));
            } catch (RuntimeException e) {
                // left pending in the log: the next run sends it again
                log.warn("Report due reminder {} not sent: {}", key, e.toString());
            }
        }
        if (sent > 0) {
            log.info("Report due reminders: {} e-mail(s) sent", sent);
        }
        return sent;
    }
}
