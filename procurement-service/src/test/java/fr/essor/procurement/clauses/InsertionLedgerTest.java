package fr.essor.procurement.clauses;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.clauses.domain.ClauseProgress;
import fr.essor.procurement.clauses.domain.ClauseTerms;
import fr.essor.procurement.clauses.domain.HoursReportForm;
import fr.essor.procurement.clauses.domain.InsertionLedger;
import fr.essor.procurement.clauses.domain.InsertionPublic;
import fr.essor.procurement.clauses.domain.ReportingPeriod;
import fr.essor.procurement.clauses.domain.ReportingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InsertionLedgerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    // 36 months from 1 May 2026, 2 400 hours planned
    static final ClauseTerms TERMS = new ClauseTerms("2026-0117-L2", "Entretien des espaces verts", "DBL", "T6", 2400,
            LocalDate.of(2026, 5, 1), LocalDate.of(2029, 5, 1), LocalDate.of(2026, 4, 3));
    static final ReportingRules OPEN = new ReportingRules(null, 6);

    static HoursReportForm.Valid valid(String period, Map<String, BigDecimal> hours, Map<String, Integer> people) {
        return (HoursReportForm.Valid) new HoursReportForm(period, hours, people).check();
    }

    static InsertionLedger.ReportOutcome report(InsertionLedger ledger, String period, String hours,
                                                ReportingRules rules) {
        return ledger.report(TERMS, valid(period, Map.of("rsaRecipients", new BigDecimal(hours)), Map.of()), rules,
                TODAY, "facilitateur", NOW);
    }

    static InsertionLedger reported(InsertionLedger ledger, String period, String hours) {
        return ((InsertionLedger.Reported) report(ledger, period, hours, OPEN)).ledger();
    }

    static List<String> codes(InsertionLedger.ReportOutcome outcome) {
        return ((InsertionLedger.ReportRefused) outcome).violations().stream().map(Violation::code).toList();
    }

    @Test
    void aReportAddsTheHoursOfAPeriodByPublicAndSaysWhoAndWhenWithoutAnyPerson() {
        HoursReportForm.Valid form = valid("2026-10", Map.of("rsaRecipients", new BigDecimal("120.5"),
                "under26", new BigDecimal("40")), Map.of("rsaRecipients", 2, "under26", 1));

        InsertionLedger.ReportOutcome outcome = InsertionLedger.empty(TERMS.contractId())
                .report(TERMS, form, OPEN, TODAY, "facilitateur", NOW);

        InsertionLedger.Reported reported = (InsertionLedger.Reported) outcome;
        assertThat(reported.ledger().version()).isEqualTo(1);
        assertThat(reported.ledger().hoursDone()).isEqualByComparingTo("160.5");
        assertThat(reported.ledger().hoursDoneIn(2026)).isEqualByComparingTo("160.5");
        assertThat(reported.fact().report().reportId()).isEqualTo("HRS-2026-0117-L2-2026-10");
        assertThat(reported.fact().report().people()).isEqualTo(3);
        assertThat(reported.fact().report().counts()).extracting(c -> c.insertionPublic())
                .containsExactly(InsertionPublic.RSA_RECIPIENTS, InsertionPublic.UNDER_26);
        assertThat(reported.fact().recordedBy()).isEqualTo("facilitateur");
        assertThat(reported.fact().occurredAt()).isEqualTo(NOW);
        assertThat(reported.fact().version()).isEqualTo(1);
    }

    @Test
    void negativeHoursOrPeopleAndUnknownPublicsAreRefusedWithAFrenchMessage() {
        HoursReportForm.Checked checked = new HoursReportForm("2026-10",
                Map.of("rsaRecipients", new BigDecimal("-3"), "retired", BigDecimal.ONE),
                Map.of("under26", -1)).check();

        List<Violation> violations = ((HoursReportForm.Invalid) checked).violations();
        assertThat(violations).extracting(Violation::code)
                .containsExactlyInAnyOrder("hours.negative", "public.unknown", "people.negative");
        assertThat(violations).filteredOn(v -> v.code().equals("hours.negative")).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("hours.rsaRecipients");
                    assertThat(v.message()).isEqualTo(
                            "Les heures ne peuvent pas être négatives (Bénéficiaires du RSA).");
                });
    }

    @Test
    void aPeriodClosedByTheDieessIsRefusedWithTheClosingDate() {
        ReportingRules closed = new ReportingRules(LocalDate.of(2026, 9, 30), 6);

        InsertionLedger.ReportOutcome outcome = report(InsertionLedger.empty(TERMS.contractId()), "2026-Q3", "10",
                closed);

        assertThat(((InsertionLedger.ReportRefused) outcome).violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("period.closed");
            assertThat(v.message()).contains("3e trimestre 2026", "DIEESS", "30/09/2026");
        });
        assertThat(report(InsertionLedger.empty(TERMS.contractId()), "2026-10", "10", closed))
                .isInstanceOf(InsertionLedger.Reported.class);
    }

    @Test
    void aPeriodOlderThanTheReportingWindowIsClosedAndOneNotEndedCannotBeReportedYet() {
        // May 2026 + a 5-month window ends on 31/10, before today; June 2026 + 6 months runs to 31/12
        assertThat(codes(report(InsertionLedger.empty(TERMS.contractId()), "2026-05", "10",
                new ReportingRules(null, 5)))).containsExactly("period.closed");
        assertThat(report(InsertionLedger.empty(TERMS.contractId()), "2026-06", "10", OPEN))
                .isInstanceOf(InsertionLedger.Reported.class);
        assertThat(codes(report(InsertionLedger.empty(TERMS.contractId()), "2026-11", "10", OPEN)))
                .containsExactly("period.notEnded");
        assertThat(codes(report(InsertionLedger.empty(TERMS.contractId()), "2026-Q4", "10", OPEN)))
                .containsExactly("period.notEnded");
    }

    @Test
    void aPeriodIsReportedOnceAMonthAndItsQuarterOverlapAndOnlyWithinTheContractsExecution() {
        InsertionLedger ledger = reported(InsertionLedger.empty(TERMS.contractId()), "2026-08", "50");

        assertThat(codes(report(ledger, "2026-08", "5", OPEN))).containsExactly("period.alreadyReported");
        assertThat(codes(report(ledger, "2026-Q3", "5", OPEN))).containsExactly("period.alreadyReported");
        assertThat(codes(report(ledger, "2026-04", "5", new ReportingRules(null, 12))))
                .containsExactly("period.outsideContract");
        InsertionLedger twice = reported(ledger, "2026-09", "30");
        assertThat(twice.hoursDone()).isEqualByComparingTo("80");
        assertThat(twice.reports()).extracting(r -> r.period().code()).containsExactly("2026-08", "2026-09");
    }

    @Test
    void aContractLagsWhenItsHoursAreBelowThePlanTimesTheElapsedShareMinusTenPercent() {
        // on 28/11/2026, measured at 01/11/2026: 184 days of 1 096 elapsed, 2 400 × 0.1679 = 402.96 hours expected
        ClauseProgress behind = ClauseProgress.of(TERMS, new BigDecimal("362"), TODAY);
        ClauseProgress withinTolerance = ClauseProgress.of(TERMS, new BigDecimal("363"), TODAY);

        assertThat(behind.expectedHours()).isEqualByComparingTo("402.96");
        assertThat(behind.lagging()).isTrue();
        assertThat(withinTolerance.lagging()).isFalse();
        assertThat(ClauseProgress.of(TERMS, BigDecimal.ZERO, LocalDate.of(2026, 5, 20)).lagging())
                .as("nothing expected before the first month is over").isFalse();
        assertThat(ClauseProgress.of(TERMS, new BigDecimal("2400"), LocalDate.of(2031, 1, 1)).elapsedShare())
                .isEqualByComparingTo("1");
    }

    @ParameterizedTest
    @CsvSource({"2026-10, 2026-10-01, 2026-10-31, octobre 2026", "10/2026, 2026-10-01, 2026-10-31, octobre 2026",
            "2026-Q1, 2026-01-01, 2026-03-31, 1er trimestre 2026", "T3 2026, 2026-07-01, 2026-09-30, 3e trimestre 2026",
            "2026-t4, 2026-10-01, 2026-12-31, 4e trimestre 2026"})
    void aPeriodIsAMonthOrAQuarterWrittenTheUsualWays(String text, LocalDate start, LocalDate end, String label) {
        ReportingPeriod period = ReportingPeriod.parse(text).orElseThrow();

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.label()).isEqualTo(label);
        assertThat(ReportingPeriod.parse("2026-13")).isEmpty();
        assertThat(ReportingPeriod.parse("2026-Q5")).isEmpty();
    }
}
