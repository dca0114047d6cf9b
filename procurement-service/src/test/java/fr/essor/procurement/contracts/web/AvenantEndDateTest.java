package fr.essor.procurement.contracts.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AvenantEndDateTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 1);

    @Test
    void anEndDateOnAMonthBoundaryGivesTheWholeMonthsFromTheStart() {
        assertThat(ContractRow.monthsUntil(START, LocalDate.of(2029, 4, 30))).isEqualTo(36);
        assertThat(ContractRow.monthsUntil(START, LocalDate.of(2029, 10, 31))).isEqualTo(42);
    }

    @Test
    void anEndDateWithinAMonthCountsThatMonthWhole() {
        assertThat(ContractRow.monthsUntil(START, LocalDate.of(2029, 5, 1))).isEqualTo(37);
        assertThat(ContractRow.monthsUntil(START, START)).isEqualTo(1);
    }

    @Test
    void anEndDateBeforeTheStartGivesNoMonthSoThePageRefusesIt() {
        assertThat(ContractRow.monthsUntil(START, LocalDate.of(2026, 4, 30))).isZero();
    }
}
