package fr.essor.funding.portal.infrastructure;

import java.time.Clock;
import java.time.Duration;

import fr.essor.funding.aaa.application.ApplicationIntake;
import fr.essor.funding.aaa.application.Applications;
import fr.essor.funding.aaa.application.Calls;
import fr.essor.funding.portal.application.ApplicantFiles;
import fr.essor.funding.portal.application.ApplicantLinks;
import fr.essor.funding.portal.application.OnlineApplications;
import fr.essor.kit.organisations.application.CompanyRegistry;
import fr.essor.kit.organisations.application.Organisations;
import fr.essor.kit.outbox.OutboxStore;
import fr.essor.funding.portal.application.AntivirusScanner;
import fr.essor.funding.portal.application.DocumentLocker;
import fr.essor.funding.portal.application.InformationAnswers;
import fr.essor.funding.portal.application.ApplicantGrants;
import fr.essor.funding.grants.application.GrantAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import fr.essor.funding.portal.application.DocumentRetention;
import fr.essor.funding.portal.domain.RetentionPolicy;
import java.time.Period;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.util.unit.DataSize;

/** Wires the applicants' side (ADR-0016): links to organisations, drafts, the files they follow. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PortalConfiguration.class);

    @Bean
    GridFsDocuments organisationDocuments(MongoDatabaseFactory databases, MongoTemplate mongo) {
        return new GridFsDocuments(new GridFsTemplate(databases, mongo.getConverter(), GridFsDocuments.BUCKET), mongo);
    }

    /**
     * {@code essor.funding.documents.antivirus}: {@code clamav} in production (clamd at {@code clamav.host}:{@code
     * clamav.port}), {@code pass-through} in the embedded default, which scans nothing and says so.
     */
    @Bean
    AntivirusScanner antivirusScanner(@Value("${essor.funding.documents.antivirus:pass-through}") String antivirus,
                                      @Value("${essor.funding.documents.clamav.host:localhost}") String host,
                                      @Value("${essor.funding.documents.clamav.port:3310}") int port,
                                      @Value("${essor.funding.documents.clamav.timeout:30s}") Duration timeout) {
        if ("clamav".equals(antivirus)) {
            return new ClamdScanner(host, port, timeout);
        }
        if (!"pass-through".equals(antivirus)) {
            throw new IllegalStateException("essor.funding.documents.antivirus is clamav or pass-through, not "
                    + antivirus);
        }
        log.warn("Les pièces déposées ne passent par aucun antivirus (essor.funding.documents.antivirus=pass-through) : "
                + "embedded default only / uploaded documents are not scanned: never in production");
        return new PassThroughScanner();
    }

    @Bean
    DocumentLocker documentLocker(GridFsDocuments documents, AntivirusScanner antivirus, ApplicantLinks links,
                                  @Value("${essor.funding.documents.max-size:10MB}") DataSize maxSize, Clock clock) {
        return new DocumentLocker(documents, antivirus, links, maxSize.toBytes(), clock);
    }

    /**
     * The retention of the organisations' documents (issue 16): {@code essor.funding.retention.closed-files} after the
     * organisation's last file closed, {@code .unused-documents} after the upload when it never had a file; run at
     * {@code .cron} (Paris time) when {@code .enabled}.
     */
    @Bean
    DocumentRetention documentRetention(GridFsDocuments documents, Applications applications, MongoTemplate mongo,
                                        Clock clock,
                                        @Value("${essor.funding.retention.closed-files:10y}") Period closedFiles,
                                        @Value("${essor.funding.retention.unused-documents:2y}") Period unused) {
        return new DocumentRetention(documents, applications, new RetentionPolicy(closedFiles, unused),
                new MongoRetentionAudit(mongo), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "essor.funding.retention.enabled", havingValue = "true", matchIfMissing = true)
    RetentionSchedule retentionSchedule(DocumentRetention retention) {
        return new RetentionSchedule(retention);
    }

    static final class RetentionSchedule {

        private final DocumentRetention retention;

        RetentionSchedule(DocumentRetention retention) {
            this.retention = retention;
        }

        @Scheduled(cron = "${essor.funding.retention.cron:0 30 3 * * *}", zone = "Europe/Paris")
        void run() {
            int deleted = retention.run();
            log.info("Retention of the organisations' documents: {} deleted ({})", deleted, retention.policy());
        }
    }

    @Bean
    MongoPortal portalStore(MongoTemplate mongo, OutboxStore outbox) {
        return new MongoPortal(mongo, outbox);
    }

    @Bean
    ApplicantLinks applicantLinks(MongoPortal store, Organisations organisations, CompanyRegistry companyRegistry,
                                  Clock clock) {
        return new ApplicantLinks(store, organisations, companyRegistry, clock);
    }

    @Bean
    OnlineApplications onlineApplications(MongoPortal store, Calls calls, Applications applications,
                                          ApplicationIntake intake, Clock clock) {
        return new OnlineApplications(store, store, calls, applications, intake, clock);
    }

    @Bean
    MongoApplicantContacts applicantContacts(MongoTemplate mongo, Clock clock) {
        return new MongoApplicantContacts(mongo, clock);
    }

    @Bean
    InformationAnswers informationAnswers(Applications applications, ApplicantFiles files, DocumentLocker locker,
                                          Clock clock) {
        return new InformationAnswers(applications, files, locker, clock);
    }

    @Bean
    ApplicantGrants applicantGrants(ApplicantFiles files, GrantAdministration administration, DocumentLocker locker) {
        return new ApplicantGrants(files, administration, locker);
    }

    @Bean
    ApplicantFiles applicantFiles(Applications applications, ApplicantLinks links) {
        return new ApplicantFiles(applications, links);
    }
}
