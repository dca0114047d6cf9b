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
        assertThat(signed.pay(1, new BigDecimal("1000000000.01"), TODAY, TODAY, PILOT, NOW))
                .isInstanceOfSatisfying(GrantOutcome.Invalid.class, r -> assertThat(r.violations())
                        .extracting(v -> v.code()).containsExactly("amount.range"));
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

    static ReportFigures figures(String total, String used, String other, String notUsed) {
        return new ReportFigures(new BigDecimal(total), new BigDecimal(used), new BigDecimal(other),
                new BigDecimal(notUsed));
    }

    static final ReportFigures FINAL = figures("21500", "14200", "7300", "800");

    @Test
    void aReportSentOnlineWaitsForAnAgentReleasesNothingUntilAcceptedAndIsPublished() {
        GrantFile unsigned = drawnUp();
        assertThat(unsigned.reportDue()).isEmpty();
        assertThat(unsigned.submitReport(Trigger.FINAL_REPORT, "doc-1", "cr.pdf", FINAL, "asso-fabrique", NOW))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("agreement.notSigned"));
        GrantFile file = changed(unsigned.sign(VOTED.plusDays(20), TODAY, PILOT, NOW));
        assertThat(file.reportDue()).contains(Trigger.ANNUAL_REPORT);
        assertThat(file.submitReport(Trigger.ANNUAL_REPORT, " ", "cr.pdf", figures("100", "60", "40", "0"),
                "asso-fabrique", NOW)).isInstanceOfSatisfying(GrantOutcome.Invalid.class, r -> assertThat(
                        r.violations()).extracting(v -> v.field()).containsExactly("file"));
        assertThat(file.submitReport(Trigger.SIGNATURE, "doc-1", "cr.pdf", FINAL, "asso-fabrique", NOW))
                .isInstanceOf(GrantOutcome.Invalid.class);

        GrantOutcome.Changed annual = (GrantOutcome.Changed) file.submitReport(Trigger.ANNUAL_REPORT, "doc-1",
                "cr-annuel.pdf", figures("9000", "6000", "3000", "0"), "asso-fabrique", NOW);
        SubmittedReport sent = annual.file().submittedReports().getFirst();
        assertThat(sent.number()).isEqualTo(1);
        assertThat(sent.status()).isEqualTo(ReportStatus.RECEIVED);
        assertThat(sent.figures()).isEqualTo(figures("9000.00", "6000.00", "3000.00", "0.00"));
        assertThat(annual.events()).singleElement().isInstanceOfSatisfying(ReportSubmitted.class,
                e -> assertThat(e.report()).isEqualTo(sent));
        assertThat(annual.file().annualReportOn()).isEmpty();
        assertThat(annual.file().released(Trigger.ANNUAL_REPORT)).isFalse();
        assertThat(annual.file().updatedBy()).isEqualTo("asso-fabrique");
        assertThat(annual.file().reportDue()).contains(Trigger.ANNUAL_REPORT);
        assertThat(annual.file().submitReport(Trigger.ANNUAL_REPORT, "doc-2", "encore.pdf",
                figures("9000", "6000", "3000", "0"), "asso-fabrique", NOW))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("report.awaitingReview"));
        assertThat(annual.file().receiveReport(Trigger.ANNUAL_REPORT, TODAY, TODAY, PILOT, NOW))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("report.awaitingReview"));

        assertThat(annual.file().acceptReport(1, DJVA, NOW)).isInstanceOf(GrantOutcome.Forbidden.class);
        assertThat(annual.file().acceptReport(7, PILOT, NOW)).isInstanceOf(GrantOutcome.Invalid.class);
        java.time.Instant later = NOW.plusSeconds(86_400 * 3);
        GrantOutcome.Changed accepted = (GrantOutcome.Changed) annual.file().acceptReport(1, PILOT, later);
        assertThat(accepted.events()).singleElement().isInstanceOfSatisfying(ReportReviewed.class, e -> {
            assertThat(e.report().status()).isEqualTo(ReportStatus.ACCEPTED);
            assertThat(e.report().reviewedBy()).isEqualTo("dmta");
            assertThat(e.report().reviewedAt()).isEqualTo(later);
        });
        // received on the day it was sent, not on the day it was accepted
        assertThat(accepted.file().annualReportOn()).contains(LocalDate.ofInstant(NOW, java.time.ZoneId.of(
                "Europe/Paris")));
        assertThat(accepted.file().released(Trigger.ANNUAL_REPORT)).isTrue();
        assertThat(accepted.file().reportDue()).contains(Trigger.FINAL_REPORT);
        assertThat(accepted.file().acceptReport(1, PILOT, later)).isInstanceOfSatisfying(
                GrantOutcome.NotAllowedNow.class, r -> assertThat(r.code()).isEqualTo("report.alreadyReviewed"));
        assertThat(accepted.file().submitReport(Trigger.ANNUAL_REPORT, "doc-2", "encore.pdf",
                figures("9000", "6000", "3000", "0"), "asso-fabrique", later))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("report.alreadyReceived"));
    }

    @Test
    void aRefusedReportReleasesNothingTellsItsReasonAndANewOneMayBeSent() {
        GrantFile file = changed(drawnUp().sign(VOTED.plusDays(20), TODAY, PILOT, NOW));
        file = changed(file.receiveReport(Trigger.ANNUAL_REPORT, VOTED.plusDays(200), TODAY, PILOT, NOW));
        GrantFile sent = changed(file.submitReport(Trigger.FINAL_REPORT, "doc-1", "cr.pdf", FINAL, "asso-fabrique",
                NOW));
        assertThat(sent.refuseReport(1, "  ", PILOT, NOW)).isInstanceOfSatisfying(GrantOutcome.Invalid.class,
                r -> assertThat(r.violations()).extracting(v -> v.code()).containsExactly("reason.required"));
        assertThat(sent.refuseReport(1, "x".repeat(2001), PILOT, NOW)).isInstanceOfSatisfying(
                GrantOutcome.Invalid.class, r -> assertThat(r.violations()).extracting(v -> v.code())
                        .containsExactly("reason.tooLong"));
        assertThat(sent.refuseReport(1, "Incomplet", DJVA, NOW)).isInstanceOf(GrantOutcome.Forbidden.class);
        GrantOutcome.Changed refused = (GrantOutcome.Changed) sent.refuseReport(1, " Budget réalisé manquant ",
                PILOT, NOW);
        assertThat(refused.events()).singleElement().isInstanceOfSatisfying(ReportReviewed.class,
                e -> assertThat(e.report().refusalReason()).isEqualTo("Budget réalisé manquant"));
        GrantFile after = refused.file();
        assertThat(after.finalReportOn()).isEmpty();
        assertThat(after.released(Trigger.FINAL_REPORT)).isFalse();
        assertThat(after.pay(3, new BigDecimal("3000"), TODAY, TODAY, PILOT, NOW))
                .isInstanceOfSatisfying(GrantOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("instalment.notReleased"));
        assertThat(after.lastSubmitted(Trigger.FINAL_REPORT)).get().extracting(SubmittedReport::status)
                .isEqualTo(ReportStatus.REFUSED);
        assertThat(after.refuseReport(1, "Encore", PILOT, NOW)).isInstanceOf(GrantOutcome.NotAllowedNow.class);

        GrantFile again = changed(after.submitReport(Trigger.FINAL_REPORT, "doc-2", "cr-v2.pdf", FINAL,
                "asso-fabrique", NOW.plusSeconds(60)));
        assertThat(again.submittedReports()).extracting(SubmittedReport::number, SubmittedReport::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ReportStatus.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(2, ReportStatus.RECEIVED));
        GrantFile accepted = changed(again.acceptReport(2, PILOT, NOW.plusSeconds(120)));
        assertThat(accepted.released(Trigger.FINAL_REPORT)).isTrue();
        assertThat(accepted.reportDue()).isEmpty();
    }

    @Test
    void theFiguresArePositiveWithTwoDecimalsAndAddUp() {
        GrantFile file = changed(drawnUp().sign(VOTED.plusDays(20), TODAY, PILOT, NOW));
        file = changed(file.receiveReport(Trigger.ANNUAL_REPORT, VOTED.plusDays(200), TODAY, PILOT, NOW));
        assertThat(invalid(file, null)).containsExactlyInAnyOrder("totalExpenses.required", "grantUsed.required",
                "otherFunding.required", "notUsed.required");
        assertThat(invalid(file, figures("-1", "0", "0", "15000"))).containsExactly("totalExpenses.invalid");
        assertThat(invalid(file, figures("21500.001", "14200", "7300", "800"))).containsExactly(
                "totalExpenses.invalid");
        assertThat(invalid(file, figures("21000", "14200", "7300", "800"))).containsExactly("totalExpenses.sum");
        assertThat(invalid(file, figures("21500", "14200", "7300", "700"))).containsExactly("notUsed.sum");
        assertThat(file.submitReport(Trigger.FINAL_REPORT, "doc-1", "cr.pdf", figures("21500.50", "14200.50",
                "7300", "799.50"), "asso-fabrique", NOW)).isInstanceOf(GrantOutcome.Changed.class);
        GrantFile twoYears = changed(drawnUp().sign(VOTED.plusDays(20), TODAY, PILOT, NOW));
        // an annual report accounts for part of the grant: never more than the whole
        assertThat(twoYears.submitReport(Trigger.ANNUAL_REPORT, "doc-1", "cr.pdf", figures("8000", "5000", "3000",
                "0"), "asso-fabrique", NOW)).isInstanceOf(GrantOutcome.Changed.class);
        assertThat(invalid(twoYears, Trigger.ANNUAL_REPORT, figures("20000", "15000", "5000", "1")))
                .containsExactly("notUsed.sum");
    }

    private static java.util.List<String> invalid(GrantFile file, ReportFigures figures) {
        return invalid(file, Trigger.FINAL_REPORT, figures);
    }

    private static java.util.List<String> invalid(GrantFile file, Trigger report, ReportFigures figures) {
        GrantOutcome outcome = file.submitReport(report, "doc-1", "cr.pdf", figures, "asso-fabrique", NOW);
        assertThat(outcome).isInstanceOf(GrantOutcome.Invalid.class);
        return ((GrantOutcome.Invalid) outcome).violations().stream().map(v -> v.code()).toList();
    }
}
