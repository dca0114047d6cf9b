package fr.essor.funding.organisations.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DoubleFundingTest {

    @ParameterizedTest(name = "« {0} » and « {1} » are the same project: {2}")
    @CsvSource(delimiter = '|', value = {
            "L'Atelier vélo – Bondy !|l atelier velo bondy|true",
            "Atelier vélo solidaire de Bondy|Atelier vélo solidaire|true",
            "Épicerie solidaire des Courtillières|Épicerie solidaire des Courtillières (2e année)|true",
            "Épicerie solidaire|Jardin partagé|false",
            "Cantine solidaire|Ressourcerie solidaire|false",
    })
    void titlesAreComparedAsPeopleReadThem(String first, String second, boolean same) {
        assertThat(DoubleFunding.similar(first, second)).isEqualTo(same);
    }

    @Test
    void theSameProjectFundedForOverlappingYearsIsWarnedAbout() {
        FundedProject first = new FundedProject("AAA-2025-0003", "Atelier vélo solidaire", 2025, 2026, true);
        FundedProject again = new FundedProject("AAA-2026-0011", "L'atelier vélo solidaire", 2026, 2026, true);

        assertThat(DoubleFunding.find(List.of(first, again))).singleElement().satisfies(w -> {
            assertThat(w.first().reference()).isEqualTo("AAA-2025-0003");
            assertThat(w.second().reference()).isEqualTo("AAA-2026-0011");
            assertThat(w.bothFunded()).isTrue();
        });
    }

    @Test
    void disjointYearsOrTwoUndecidedApplicationsAreNotDoubleFunding() {
        FundedProject earlier = new FundedProject("AAA-2024-0001", "Atelier vélo solidaire", 2024, 2024, true);
        FundedProject later = new FundedProject("AAA-2026-0002", "Atelier vélo solidaire", 2026, 2027, true);
        FundedProject pendingA = new FundedProject("AAA-2027-0001", "Jardin partagé", 2027, 2027, false);
        FundedProject pendingB = new FundedProject("AAA-2027-0002", "Jardin partage", 2027, 2027, false);
        FundedProject pendingOnFunded = new FundedProject("AAA-2027-0003", "Atelier vélo solidaire", 2027, 2027,
                false);

        assertThat(DoubleFunding.find(List.of(earlier, later, pendingA, pendingB, pendingOnFunded)))
                .singleElement().satisfies(w -> {
                    assertThat(w.first().reference()).isEqualTo("AAA-2026-0002");
                    assertThat(w.second().reference()).isEqualTo("AAA-2027-0003");
                    assertThat(w.bothFunded()).isFalse();
                });
    }
}
