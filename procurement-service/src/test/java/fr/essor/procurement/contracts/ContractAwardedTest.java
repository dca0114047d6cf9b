package fr.essor.procurement.contracts;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.testing.Sirets;
import fr.essor.procurement.contracts.domain.AwardForm;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractAwarded;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.HolderLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fr.essor.procurement.contracts.ContractTest.NOW;
import static fr.essor.procurement.contracts.ContractTest.TODAY;
import static fr.essor.procurement.contracts.ContractTest.award;
import static fr.essor.procurement.contracts.ContractTest.holder;
import static fr.essor.procurement.contracts.ContractTest.open;
import static org.assertj.core.api.Assertions.assertThat;

class ContractAwardedTest {

    @Test
    void aSingleHolderAwardIsOneFactWithTheWholeAmountAndTheWholeClause() {
        Contract.Awarded awarded = (Contract.Awarded) open("L2113-13").award(award("44306184100047", "184500"),
                List.of(holder(InclusionType.EI)), List.of(List.of()), "achats", NOW);

        assertThat(awarded.facts()).singleElement().satisfies(fact -> {
            assertThat(fact.contractId()).isEqualTo("2026-0117-L2");
            assertThat(fact.version()).isEqualTo(awarded.contract().version());
            assertThat(fact.holder().amount()).isEqualByComparingTo("184500");
            assertThat(fact.holderShare()).isEqualByComparingTo("1");
            assertThat(fact.holderCount()).isEqualTo(1);
            assertThat(fact.insertionHoursPlanned()).isEqualByComparingTo("2400");
            assertThat(fact.recordedBy()).isEqualTo("achats");
            assertThat(fact.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aJointAwardIsOneFactPerHolderWhoseAmountsAndHoursAddUpToTheContract() {
        String first = Sirets.next();
        String second = Sirets.next();
        String third = Sirets.next();
        AwardForm.Valid decision = (AwardForm.Valid) new AwardForm(List.of(
                new HolderLine(first, null, new BigDecimal("100000")),
                new HolderLine(second, null, new BigDecimal("50000")),
                new HolderLine(third, null, new BigDecimal("50000.01"))),
                LocalDate.of(2026, 4, 3), 4, "JOINT", false).check(TODAY);
        List<Holder> holders = List.of(holderOf(first, "100000.00"), holderOf(second, "50000.00"),
                holderOf(third, "50000.01"));

        Contract.Awarded awarded = (Contract.Awarded) open("L2113-13").award(decision, holders,
                List.of(List.of(), List.of(), List.of()), "achats", NOW);

        List<ContractAwarded> facts = awarded.facts();
        assertThat(facts).extracting(f -> f.holder().siret())
                .containsExactly(first, second, third);
        assertThat(facts).extracting(ContractAwarded::eventId).doesNotHaveDuplicates();
        assertThat(facts).extracting(ContractAwarded::contractId).containsOnly("2026-0117-L2");
        assertThat(facts.stream().map(f -> f.holder().amount()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(awarded.contract().award().amount());
        assertThat(facts.stream().map(ContractAwarded::insertionHoursPlanned).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2400");
        assertThat(facts).extracting(ContractAwarded::insertionHoursPlanned).map(BigDecimal::toPlainString)
                .containsExactly("1200.00", "600.00", "600.00");
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.holderCount()).isEqualTo(3);
            assertThat(f.contractAmount()).isEqualByComparingTo("200000.01");
            assertThat(f.holderShare()).isStrictlyBetween(BigDecimal.ZERO, BigDecimal.ONE);
        });
    }

    private static Holder holderOf(String siret, String amount) {
        return new Holder(siret, "Titulaire " + siret, new BigDecimal(amount), true, InclusionType.EI,
                LegalForm.ASSOCIATION, true);
    }
}
