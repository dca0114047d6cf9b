package fr.essor.funding.grants.domain;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.ApplicationOutcome;
import fr.essor.funding.aaa.domain.TransitionRequest;
import fr.essor.funding.aaa.domain.WorkflowAction;
import fr.essor.funding.decisions.domain.SessionFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static fr.essor.funding.decisions.domain.SessionFixtures.DJVA;
import static fr.essor.funding.decisions.domain.SessionFixtures.NOW;
import static fr.essor.funding.decisions.domain.SessionFixtures.PILOT;
import static org.assertj.core.api.Assertions.assertThat;

/** A grant file: signature, reports releasing the instalments, payments up to settlement. */
class GrantFileTest {

    static final LocalDate VOTED = LocalDate.of(2026, 5, 12);
    static final LocalDate TODAY = LocalDate.of(2027, 9, 1);

    static GrantFile drawnUp() {
        Application proposed = SessionFixtures.proposed("AAA-2026-0001");
        Application granted = ((ApplicationOutcome.Changed) proposed.perform(WorkflowAction.GRANT,
                new TransitionRequest("Utile", new BigDecimal("15000"), "CD-2026-05-12-0087", VOTED), PILOT, NOW))
                .application();
        return GrantFile.drawUp(granted).orElseThrow();
    }

    static GrantFile changed(GrantOutcome outcome) {
        return ((GrantOutcome.Changed) outcome).file();
    }

    @Test
    void onlyAGrantingVoteDrawsUpAFileWithItsDefaultSchedule() {
        assertThat(GrantFile.drawUp(SessionFixtures.proposed("AAA-2026-0002"))).isEmpty();
        GrantFile file = drawnUp();
        assertThat(file.version()).isZero();
        assertThat(file.schedule().instalments()).extracting(Instalment::amount).containsExactly(
                new BigDecimal("4500.00"), new BigDecimal("7500.00"), new BigDecimal("3000.00"));
    }

    @Test
    void nothingIsPaidBeforeTheSignatureNorBeforeTheReportThatReleasesTheInstalment() {
        GrantFile file = drawnUp();
        assertThat(file.pay(1, new BigDecimal("4500"), TODAY, TODAY, PILOT, NOW))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("agreement.notSigned"));
        assertThat(file.sign(VOTED.minusDays(1), TODAY, PILOT, NOW)).isInstanceOf(GrantOutcome.Invalid.class);
        assertThat(file.sign(VOTED.plusDays(20), TODAY, DJVA, NOW)).isInstanceOf(GrantOutcome.Forbidden.class);
        GrantOutcome signing = file.sign(VOTED.plusDays(20), TODAY, PILOT, NOW);
        assertThat(((GrantOutcome.Changed) signing).events()).singleElement()
                .isInstanceOfSatisfying(AgreementSigned.class, e -> {
                    assertThat(e.file().signedOn()).contains(VOTED.plusDays(20));
                    assertThat(e.recordedBy()).isEqualTo("dmta");
                });
        GrantFile signed = changed(signing);

        assertThat(signed.pay(2, new BigDecimal("7500"), TODAY, TODAY, PILOT, NOW))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("instalment.notReleased"));
        assertThat(signed.pay(1, new BigDecimal("4500.01"), TODAY, TODAY, PILOT, NOW))
                .isInstanceOfSatisfying(GrantOutcome.Invalid.class, r -> assertThat(r.violations())
                        .extracting(v -> v.code()).containsExactly("amount.aboveInstalment"));
    }

    @Test
    void paymentsArePublishedAndTheGrantIsSettledWhenEveryInstalmentIsPaid() {
        GrantFile file = changed(drawnUp().sign(VOTED.plusDays(20), TODAY, PILOT, NOW));
        GrantOutcome.Changed advance = (GrantOutcome.Changed) file.pay(1, new BigDecimal("4500"),
                VOTED.plusDays(30), TODAY, PILOT, NOW);
        assertThat(advance.events()).singleElement().isInstanceOfSatisfying(PaymentMade.class, e -> {
            assertThat(e.payment().amount()).isEqualByComparingTo("4500");
            assertThat(e.file().remaining()).isEqualByComparingTo("10500");
        });
        file = changed(advance.file().receiveReport(Trigger.ANNUAL_REPORT, LocalDate.of(2027, 5, 2), TODAY, PILOT,
                NOW));
        file = changed(file.pay(2, new BigDecimal("7500"), LocalDate.of(2027, 6, 1), TODAY, PILOT, NOW));
        assertThat(file.settled()).isFalse();
        file = changed(file.receiveReport(Trigger.FINAL_REPORT, LocalDate.of(2027, 8, 1), TODAY, PILOT, NOW));
        file = changed(file.pay(3, new BigDecimal("3000"), LocalDate.of(2027, 8, 20), TODAY, PILOT, NOW));

        assertThat(file.settled()).isTrue();
        assertThat(file.payments()).extracting(Payment::recordedBy).containsOnly("dmta");
        assertThat(file.pay(3, BigDecimal.ONE, TODAY, TODAY, PILOT, NOW))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("instalment.paid"));
    }

    @Test
    void theOrganisationAcknowledgesTheAgreementOnceWithoutMovingIt() {
        GrantFile file = drawnUp();
        assertThat(file.acknowledgement()).isEmpty();
        GrantOutcome.Changed read = (GrantOutcome.Changed) file.acknowledge("asso-fabrique", NOW);
        assertThat(read.events()).isEmpty();
        assertThat(read.file().acknowledgement()).contains(new AgreementAcknowledgement("asso-fabrique", NOW));
        assertThat(read.file().updatedBy()).isEqualTo("asso-fabrique");
        assertThat(read.file().signedOn()).isEmpty();
        assertThat(read.file().version()).isEqualTo(file.version() + 1);
        assertThat(read.file().acknowledge("asso-fabrique", NOW.plusSeconds(60)))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("agreement.alreadyAcknowledged"));
        GrantFile signed = changed(read.file().sign(VOTED.plusDays(20), TODAY, PILOT, NOW));
        assertThat(signed.acknowledgement()).contains(new AgreementAcknowledgement("asso-fabrique", NOW));
    }

    @Test
    void aReportSubmittedOnlineIsReceivedTodayReleasesItsInstalmentAndIsNotReceivedTwice() {
        GrantFile unsigned = drawnUp();
        assertThat(unsigned.reportDue()).isEmpty();
        assertThat(unsigned.submitReport(Trigger.FINAL_REPORT, "doc-1", "cr.pdf", TODAY, "asso-fabrique", NOW))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("agreement.notSigned"));
        GrantFile file = changed(unsigned.sign(VOTED.plusDays(20), TODAY, PILOT, NOW));
        assertThat(file.reportDue()).contains(Trigger.ANNUAL_REPORT);
        assertThat(file.submitReport(Trigger.ANNUAL_REPORT, " ", "cr.pdf", TODAY, "asso-fabrique", NOW))
                .isInstanceOfSatisfying(GrantOutcome.Invalid.class, r -> assertThat(r.violations())
                        .extracting(v -> v.field()).containsExactly("file"));
        assertThat(file.submitReport(Trigger.SIGNATURE, "doc-1", "cr.pdf", TODAY, "asso-fabrique", NOW))
                .isInstanceOf(GrantOutcome.Invalid.class);

        GrantOutcome.Changed annual = (GrantOutcome.Changed) file.submitReport(Trigger.ANNUAL_REPORT, "doc-1",
                "cr-annuel.pdf", TODAY, "asso-fabrique", NOW);
        assertThat(annual.events()).isEmpty();
        assertThat(annual.file().annualReportOn()).contains(TODAY);
        assertThat(annual.file().released(Trigger.ANNUAL_REPORT)).isTrue();
        assertThat(annual.file().submittedReports()).containsExactly(new SubmittedReport(Trigger.ANNUAL_REPORT,
                "doc-1", "cr-annuel.pdf", "asso-fabrique", NOW));
        assertThat(annual.file().updatedBy()).isEqualTo("asso-fabrique");
        assertThat(annual.file().reportDue()).contains(Trigger.FINAL_REPORT);
        assertThat(annual.file().submitReport(Trigger.ANNUAL_REPORT, "doc-2", "encore.pdf", TODAY, "asso-fabrique",
                NOW)).isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("report.alreadyReceived"));
        GrantFile last = changed(annual.file().submitReport(Trigger.FINAL_REPORT, "doc-2", "cr-final.pdf", TODAY,
                "asso-fabrique", NOW));
        assertThat(last.finalReportOn()).contains(TODAY);
        assertThat(last.released(Trigger.FINAL_REPORT)).isTrue();
        assertThat(last.submittedReports()).hasSize(2);
        assertThat(last.reportDue()).isEmpty();
    }
}
