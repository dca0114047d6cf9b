package fr.essor.procurement.contracts;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ExecutionEnd;
import fr.essor.procurement.contracts.domain.ModificationForm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An avenant's new end date, read as the whole months from the start of execution that cover it. */
class ExecutionEndTest {

    private static final LocalDate START = LocalDate.of(2026, 5, 1);

    private static int months(LocalDate end) {
        return new ExecutionEnd(START, end).months();
    }

    @Test
    void anEndDateOnAMonthBoundaryGivesTheWholeMonthsFromTheStart() {
        assertThat(months(LocalDate.of(2029, 4, 30))).isEqualTo(36);
        assertThat(months(LocalDate.of(2029, 10, 31))).isEqualTo(42);
    }

    @Test
    void anEndDateWithinAMonthCountsThatMonthWhole() {
        assertThat(months(LocalDate.of(2029, 5, 1))).isEqualTo(37);
        assertThat(months(START)).isEqualTo(1);
        assertThat(new ExecutionEnd(START, START).violation()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefusedNamingTheStart() {
        ExecutionEnd dayBefore = new ExecutionEnd(START, LocalDate.of(2026, 4, 30));

        assertThat(dayBefore.months()).isZero();
        assertThat(dayBefore.violation()).hasValue(new Violation("endOn", "endOn.beforeStart",
                "La fin d'exécution doit être postérieure au début (01/05/2026)."));
    }

    @Test
    void anEndOutsideTheDatesWindowIsRefusedAsAnyTypedInDate() {
        assertThat(new ExecutionEnd(START, LocalDate.of(2101, 1, 1)).violation()).hasValueSatisfying(v ->
                assertThat(v.code()).isEqualTo("endOn.date-range"));
        assertThat(new ExecutionEnd(START, LocalDate.of(1989, 12, 31)).violation()).hasValueSatisfying(v ->
                assertThat(v.code()).isEqualTo("endOn.date-range"));
        assertThat(new ExecutionEnd(START, LocalDate.of(2100, 12, 31)).violation()).isEmpty();
    }

    @Test
    void theContractsEndIsTheLastDayOfItsCurrentDurationAndReadsBackAsThatDuration() {
        Contract contract = ContractTest.open("NONE");

        assertThat(contract.terms().startOn()).isEqualTo(START);
        assertThat(contract.endOn()).isEqualTo(LocalDate.of(2029, 4, 30));
        assertThat(contract.endingOn(contract.endOn()).months()).isEqualTo(contract.currentDurationMonths());
    }

    @Test
    void anAvenantEndingOnADateGivesTheDurationTheContractThenKeeps() {
        Contract awarded = ((Contract.Awarded) ContractTest.open("NONE").award(
                ContractTest.award("44306184100047", "184500"), java.util.List.of(ContractTest.holder(null)),
                java.util.List.of(java.util.List.of()), "achats", ContractTest.NOW)).contract();
        int months = awarded.endingOn(LocalDate.of(2029, 10, 15)).months();
        Contract modified = ((Contract.Modified) awarded.modify(new ModificationForm(LocalDate.of(2026, 4, 8), months,
                new BigDecimal("190000"), "Prolongation"), "achats", ContractTest.NOW)).contract();

        assertThat(modified.endOn()).isEqualTo(LocalDate.of(2029, 10, 31));
    }
}
