package fr.essor.funding.notifications.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import fr.essor.funding.notifications.application.Mailer;
import fr.essor.funding.notifications.application.NotificationLog;
import fr.essor.funding.notifications.application.Notifier;
import fr.essor.funding.notifications.application.Recipients;
import fr.essor.funding.notifications.application.ReportReminders;
import fr.essor.funding.grants.application.GrantFiles;
import fr.essor.funding.notifications.domain.NotifiedFact;
import fr.essor.funding.portal.application.ApplicantContacts;
import fr.essor.funding.portal.application.ApplicantLinks;
import fr.essor.kit.consuming.EventConsumers;
import fr.essor.kit.consuming.EventRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.messaging.Message;

/**
 * E-mail notifications to applicants (ADR-0018): the consumer {@code fundingNotificationFacts} of funding's own
 * topics (group {@code funding-notifications}, retried and dead-lettered by the kit), the log, and the SMTP port —
 * the embedded GreenMail when {@code essor.funding.mail.embedded.enabled} (the embedded default), otherwise the SMTP
 * server of {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationsConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "essor.funding.mail.embedded.enabled", havingValue = "true", matchIfMissing = true)
    EmbeddedMailServer embeddedMailServer(@Value("${essor.funding.mail.embedded.host:127.0.0.1}") String host,
                                          @Value("${essor.funding.mail.embedded.port:3025}") int port) {
        EmbeddedMailServer server = new EmbeddedMailServer(host, port);
        log.warn("Serveur SMTP embarqué (GreenMail) sur {}:{} : les courriels restent sur cette machine, lisibles sur "
                + "/ops/courriels / embedded SMTP server: embedded default only", server.host(), server.port());
        return server;
    }

    @Bean
    Mailer mailer(ObjectProvider<EmbeddedMailServer> embedded, ObjectProvider<JavaMailSenderImpl> configured,
                  @Value("${essor.funding.mail.from}") String from) {
        EmbeddedMailServer server = embedded.getIfAvailable();
        if (server != null) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost(server.host());
            sender.setPort(server.port());
            sender.setDefaultEncoding("UTF-8");
            return new SmtpMailer(sender, from);
        }
        JavaMailSenderImpl sender = configured.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server for the e-mail notifications: set spring.mail.host (and "
                    + "port, username, password) or essor.funding.mail.embedded.enabled=true (embedded default)");
        }
        return new SmtpMailer(sender, from);
    }

    @Bean
    NotificationLog notificationLog(org.springframework.data.mongodb.core.MongoTemplate mongo) {
        return new MongoNotificationLog(mongo);
    }

    @Bean
    Recipients notificationRecipients(ApplicantLinks links, ApplicantContacts contacts) {
        return new LinkedApplicants(links, contacts);
    }

    @Bean
    Notifier notifier(Recipients recipients, NotificationLog notifications, Mailer mailer, Clock clock,
                      @Value("${essor.funding.mail.space-url}") String spaceUrl,
                      @Value("${essor.funding.mail.max-age:7d}") Duration maxAge) {
        return new Notifier(recipients, notifications, mailer, clock, spaceUrl, maxAge);
    }

    @Bean
    ReportReminders reportReminders(GrantFiles grantFiles, Notifier notifier, Clock clock,
                                    @Value("${essor.funding.mail.report-reminder.lead:30d}") Duration lead) {
        return new ReportReminders(grantFiles, notifier, clock, lead);
    }

    @Bean
    ReportReminderSchedule reportReminderSchedule(ReportReminders reminders) {
        return new ReportReminderSchedule(reminders);
    }

    /** Runs the « report due » reminders at {@code essor.funding.mail.report-reminder.cron} (Paris time). */
    static final class ReportReminderSchedule {

        private final ReportReminders reminders;

        ReportReminderSchedule(ReportReminders reminders) {
            this.reminders = reminders;
        }

        @Scheduled(cron = "${essor.funding.mail.report-reminder.cron:0 0 8 * * *}", zone = "Europe/Paris")
        void run() {
            reminders.run();
        }
    }

    /**
     * The consumer of the binding {@code fundingNotificationFacts-in-0}: which fact of which type is told, each read
     * by its own tolerant reader; the other types of the topics are skipped.
     */
    @Bean
    Consumer<Message<byte[]>> fundingNotificationFacts(EventConsumers consumers, Notifier notifier) {
        return consumers.consumer(EventRoutes.following()
                .on("fr.essor.funding.application-submitted.v1", NotifiedFact.Submitted.class, notifier::notify)
                .on("fr.essor.funding.information-requested.v1", NotifiedFact.InformationRequested.class,
                        notifier::notify)
                .on("fr.essor.funding.application-decided.v1", NotifiedFact.Decided.class, notifier::notify)
                .on("fr.essor.funding.grant-agreement-signed.v1", NotifiedFact.AgreementSigned.class,
                        notifier::notify)
                .on("fr.essor.funding.payment-made.v1", NotifiedFact.PaymentMade.class, notifier::notify)
                .on("fr.essor.funding.grant-report-submitted.v1", NotifiedFact.ReportSubmitted.class,
                        notifier::notify)
                .on("fr.essor.funding.grant-report-reviewed.v1", NotifiedFact.ReportReviewed.class,
                        notifier::notify));
    }
}
