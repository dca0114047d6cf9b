package fr.essor.funding.cpo.domain;

import fr.essor.funding.aaa.domain.Agent;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CpoTest {

    static final LocalDate TODAY = LocalDate.of(2028, 12, 1);
    static final LocalDate DECIDED = LocalDate.of(2026, 3, 10);
    static final Instant NOW = Instant.parse("2028-12-01T10:00:00Z");
    static final Agent DIEESS = new Agent("dieess", Set.of(Directorate.DIEESS), false, null);
    static final Agent DJVA = new Agent("djva", Set.of(Directorate.DJVA), false, null);

    static CpoTerms terms(List<YearlyAmount> years) {
        return new CpoTerms("73282932000074", "Recyclerie du canal", "T8", Directorate.DIEESS, "Réemploi",
                List.of(new Objective("Emplois d'insertion", "Salariés en insertion", "12")), years, "CD-2026-21",
                DECIDED);
    }

    static final List<YearlyAmount> THREE_YEARS = List.of(new YearlyAmount(2026, new BigDecimal("50000"),
            new BigDecimal("10000.01")), new YearlyAmount(2027, new BigDecimal("60000"), BigDecimal.ZERO),
            new YearlyAmount(2028, new BigDecimal("40000"), BigDecimal.ZERO));

    static Cpo changed(CpoOutcome outcome) {
        assertThat(outcome).isInstanceOf(CpoOutcome.Changed.class);
        return ((CpoOutcome.Changed) outcome).cpo();
    }

    @Test
    void theScheduleAdvancesHalfOfEachYearRoundedDownAndPaysTheBalanceOnTheReview() {
        Cpo cpo = changed(Cpo.draw("CPO-2026-0001", terms(THREE_YEARS), TODAY, DIEESS, NOW));
        assertThat(cpo.schedule().instalments()).extracting(i -> i.amount().toPlainString())
                .containsExactly("30000.00", "30000.01", "30000.00", "30000.00", "20000.00", "20000.00");
        assertThat(cpo.schedule().total()).isEqualByComparingTo(cpo.terms().total());
        assertThat(cpo.terms().total()).isEqualByComparingTo("160000.01");
    }

    @Test
    void termsBreakingTheRulesAreRefusedFieldByFieldAndAnotherDirectorateMayNotKeepIt() {
        CpoOutcome oneYear = Cpo.draw("x", terms(THREE_YEARS.subList(0, 1)), TODAY, DIEESS, NOW);
        assertThat(((CpoOutcome.Invalid) oneYear).violations()).extracting(Violation::code)
                .containsExactly("years.count");
        CpoOutcome gap = Cpo.draw("x", terms(List.of(THREE_YEARS.get(0), THREE_YEARS.get(2))), TODAY, DIEESS, NOW);
        assertThat(((CpoOutcome.Invalid) gap).violations()).extracting(Violation::code)
                .containsExactly("years.consecutive");
        assertThat(Cpo.draw("x", terms(THREE_YEARS), TODAY, DJVA, NOW)).isInstanceOf(CpoOutcome.Forbidden.class);
    }

    @Test
    void aFavourableReviewReleasesTheYearsBalanceAndTheNextAdvanceAndAnUnfavourableOneSuspendsTheRest() {
        Cpo cpo = changed(Cpo.draw("CPO-2026-0001", terms(THREE_YEARS), TODAY, DIEESS, NOW));
        assertThat(cpo.pay(1, new BigDecimal("30000"), DECIDED.plusDays(20), TODAY, DIEESS, NOW))
                .isInstanceOfSatisfying(CpoOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("agreement.notSigned"));
        CpoOutcome signing = cpo.sign(DECIDED.plusDays(20), TODAY, DIEESS, NOW);
        assertThat(((CpoOutcome.Changed) signing).events()).singleElement().isInstanceOf(CpoEvent.Signed.class);
        cpo = changed(signing);
        CpoOutcome advance = cpo.pay(1, new BigDecimal("30000"), DECIDED.plusDays(30), TODAY, DIEESS, NOW);
        assertThat(((CpoOutcome.Changed) advance).events()).singleElement()
                .isInstanceOf(CpoEvent.PaymentMade.class);
        cpo = changed(advance);
        assertThat(cpo.pay(3, new BigDecimal("30000"), DECIDED.plusDays(31), TODAY, DIEESS, NOW))
                .isInstanceOfSatisfying(CpoOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("instalment.notReleased"));
        assertThat(cpo.review(2027, LocalDate.of(2027, 2, 1), true, "", TODAY, DIEESS, NOW))
                .isInstanceOfSatisfying(CpoOutcome.Invalid.class, r -> assertThat(r.violations())
                        .extracting(Violation::code).containsExactly("year.order"));
        assertThat(cpo.review(2101, LocalDate.of(2027, 2, 1), false, "x".repeat(2001), TODAY, DIEESS, NOW))
                .isInstanceOfSatisfying(CpoOutcome.Invalid.class, r -> assertThat(r.violations())
                        .extracting(Violation::code).containsExactly("year.range", "comment.too-long"));
        cpo = changed(cpo.review(2026, LocalDate.of(2027, 2, 1), true, "Objectifs atteints", TODAY, DIEESS, NOW));
        assertThat(cpo.pay(2, new BigDecimal("10.001"), LocalDate.of(2027, 2, 10), TODAY, DIEESS, NOW))
                .isInstanceOfSatisfying(CpoOutcome.Invalid.class, r -> assertThat(r.violations())
                        .extracting(Violation::code).containsExactly("amount.decimals"));
        cpo = changed(cpo.pay(2, new BigDecimal("30000.01"), LocalDate.of(2027, 2, 10), TODAY, DIEESS, NOW));
        cpo = changed(cpo.pay(3, new BigDecimal("30000"), LocalDate.of(2027, 2, 10), TODAY, DIEESS, NOW));
        assertThat(cpo.pay(3, new BigDecimal("1"), LocalDate.of(2027, 2, 11), TODAY, DIEESS, NOW))
                .isInstanceOfSatisfying(CpoOutcome.NotAllowedNow.class,
                        r -> assertThat(r.code()).isEqualTo("instalment.paid"));
        assertThat(cpo.review(2027, LocalDate.of(2028, 2, 1), false, " ", TODAY, DIEESS, NOW))
                .isInstanceOfSatisfying(CpoOutcome.Invalid.class, r -> assertThat(r.violations())
                        .extracting(Violation::code).containsExactly("comment.required"));
        cpo = changed(cpo.review(2027, LocalDate.of(2028, 2, 1), false, "Aucun emploi créé", TODAY, DIEESS, NOW));

        assertThat(cpo.status()).isEqualTo(CpoStatus.SUSPENDED);
        assertThat(cpo.pay(4, new BigDecimal("1"), LocalDate.of(2028, 2, 2), TODAY, DIEESS, NOW))
                .isInstanceOf(CpoOutcome.NotAllowedNow.class);
        assertThat(cpo.totalPaid()).isEqualByComparingTo("90000.01");
        assertThat(cpo.remaining()).isEqualByComparingTo("70000.00");
    }

    @Test
    void aLeadDirectorateCodeThatNamesNoneIsRefusedAsUnknownNotAsMissing() {
        assertThat(CpoTerms.unknownDirectorate("x".repeat(100_000))).hasValueSatisfying(v -> {
            assertThat(v.field()).isEqualTo("leadDirectorate");
            assertThat(v.code()).isEqualTo("leadDirectorate.unknown");
            assertThat(v.message()).contains("DMTA, DIEESS, DJVA ou DTER");
        });
        assertThat(CpoTerms.unknownDirectorate(" DIEESS ")).isEmpty();
        assertThat(CpoTerms.unknownDirectorate(null)).as("left to the required rule of check").isEmpty();
    }
}
