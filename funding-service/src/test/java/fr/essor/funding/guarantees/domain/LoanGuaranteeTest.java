package fr.essor.funding.guarantees.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoanGuaranteeTest {

    static final Instant AT = Instant.parse("2026-06-30T08:00:00Z");

    static GuaranteeTerms terms(String loan, String share) {
        return new GuaranteeTerms("81234567800019", "Paysan urbain", "T6", "Crédit Coopératif", new BigDecimal(loan),
                new BigDecimal(share), 84, LocalDate.of(2026, 6, 30), "CD-2026-06-25-0140", null);
    }

    static LoanGuarantee granted(String loan, String share) {
        return ((LoanGuarantee.Granted) LoanGuarantee.grant("GAR-2026-0001", terms(loan, share), "sens", AT))
                .guarantee();
    }

    @Test
    void aNewGuaranteeExposesTheGuaranteedShareOfTheWholePrincipalAndIsAFact() {
        LoanGuarantee.Outcome outcome = LoanGuarantee.grant("GAR-2026-0001", terms("200000", "50"), "sens", AT);

        assertThat(outcome).isInstanceOfSatisfying(LoanGuarantee.Granted.class, g -> {
            assertThat(g.guarantee().exposure()).isEqualByComparingTo("100000.00");
            assertThat(g.guarantee().terms().guaranteedAmount()).isEqualByComparingTo("100000.00");
            assertThat(g.guarantee().endsOn()).isEqualTo(LocalDate.of(2033, 6, 30));
            assertThat(g.event().guarantee().version()).isEqualTo(1);
        });
    }

    @Test
    void theExposureFollowsTheOutstandingPrincipalTheLenderReports() {
        LoanGuarantee.Outcome outcome = granted("200000", "33.33").recordOutstanding(new BigDecimal("150000.01"),
                LocalDate.of(2027, 6, 30), "sens", AT);

        assertThat(outcome).isInstanceOfSatisfying(LoanGuarantee.Updated.class, u -> {
            assertThat(u.guarantee().exposure()).isEqualByComparingTo("49995.00");
            assertThat(u.guarantee().version()).isEqualTo(2);
        });
    }

    @Test
    void theTotalExposureOfAnOrganisationAddsItsGuaranteesAndARepaidLoanCountsForNothing() {
        LoanGuarantee repaid = ((LoanGuarantee.Updated) granted("50000", "80").recordOutstanding(BigDecimal.ZERO,
                LocalDate.of(2030, 1, 1), "sens", AT)).guarantee();

        assertThat(repaid.isRepaid()).isTrue();
        assertThat(LoanGuarantee.totalExposure(List.of(granted("200000", "50"), granted("10000", "25"), repaid)))
                .isEqualByComparingTo("102500.00");
        assertThat(LoanGuarantee.totalExposure(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void aShareOutsideZeroToAHundredAnOutstandingAboveTheLoanOrBeforeTheGrantIsRefused() {
        assertThat(LoanGuarantee.grant("G", terms("1000", "100.01"), "sens", AT))
                .isInstanceOfSatisfying(LoanGuarantee.Invalid.class, i -> assertThat(i.violations())
                        .extracting(Violation::code).containsExactly("guaranteedShare.range"));
        assertThat(LoanGuarantee.grant("G", terms("1000", "0"), "sens", AT))
                .isInstanceOf(LoanGuarantee.Invalid.class);
        assertThat(granted("1000", "50").recordOutstanding(new BigDecimal("1000.01"), LocalDate.of(2025, 1, 1), "sens",
                AT)).isInstanceOfSatisfying(LoanGuarantee.Invalid.class, i -> assertThat(i.violations())
                .extracting(Violation::code).containsExactly("outstandingPrincipal.aboveLoan",
                        "outstandingOn.beforeGrant"));
    }

    @Test
    void anAmountBeyondABillionAThirdDecimalATooLongLenderOrADateCenturiesAheadIsRefusedForWhatItIs() {
        GuaranteeTerms bad = new GuaranteeTerms("81234567800019", "Paysan urbain", "T6", "x".repeat(100_000),
                new BigDecimal("1e400"), new BigDecimal("50.001"), 1, LocalDate.of(2999, 1, 1),
                "CD-2026-06-25-0140", null);

        assertThat(bad.check()).extracting(Violation::code).containsExactly("lender.too-long",
                "loanAmount.range", "guaranteedShare.decimals", "grantedOn.date-range");
        assertThat(terms("-1", "50").check()).extracting(Violation::code).containsExactly("loanAmount.range");
        assertThat(terms("1000.001", "50").check()).extracting(Violation::code)
                .containsExactly("loanAmount.decimals");
        assertThat(granted("1000", "50").recordOutstanding(new BigDecimal("-5"), LocalDate.of(2999, 1, 1), "sens",
                AT)).isInstanceOfSatisfying(LoanGuarantee.Invalid.class, i -> assertThat(i.violations())
                .extracting(Violation::code).containsExactly("outstandingPrincipal.range",
                        "outstandingOn.date-range"));
    }
}
