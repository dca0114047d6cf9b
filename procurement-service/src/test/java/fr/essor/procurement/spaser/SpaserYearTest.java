package fr.essor.procurement.spaser;

import fr.essor.kit.organisations.domain.InclusionType;
import fr.essor.kit.organisations.domain.LegalForm;
import fr.essor.kit.reference.Communes;
import fr.essor.procurement.clauses.domain.HoursReport;
import fr.essor.procurement.clauses.domain.InsertionLedger;
import fr.essor.procurement.clauses.domain.InsertionPublic;
import fr.essor.procurement.clauses.domain.PublicCount;
import fr.essor.procurement.clauses.domain.ReportingPeriod;
import fr.essor.procurement.contracts.domain.AwardForm;
import fr.essor.procurement.contracts.domain.Contract;
import fr.essor.procurement.contracts.domain.ContractForm;
import fr.essor.procurement.contracts.domain.Holder;
import fr.essor.procurement.contracts.domain.HolderLine;
import fr.essor.procurement.spaser.domain.SpaserIndicator;
import fr.essor.procurement.spaser.domain.SpaserYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpaserYearTest {

    static final Communes COMMUNES = Communes.fromClasspath();
    static final Instant NOW = Instant.parse("2026-11-10T09:00:00Z");

    /** An awarded contract: reservation, social and environmental considerations, hours, one holder. */
    static Contract awarded(String reference, String reservation, List<String> social, List<String> environmental,
                            int hours, String amount, LocalDate notifiedOn, boolean essHolder) {
        ContractForm.Valid terms = (ContractForm.Valid) new ContractForm(reference, null, "Objet " + reference,
                "OPEN_TENDER", "90910000-9", new BigDecimal("500000"), 24, LocalDate.of(2025, 1, 1), "DBL", "93048",
                reservation, social, environmental, hours, "SUPPLIES_AND_SERVICES", "UNIT", false).check(COMMUNES);
        Contract open = Contract.open(terms.terms(), "achats", NOW);
        AwardForm.Valid decision = (AwardForm.Valid) new AwardForm(List.of(new HolderLine("44306184100047", null,
                new BigDecimal(amount))), notifiedOn, 2, null, false).check(LocalDate.of(2026, 11, 10));
        Holder holder = essHolder
                ? new Holder("44306184100047", "Régie " + reference, new BigDecimal(amount), true,
                reservation.equals("L2113-12") ? InclusionType.EA : InclusionType.EI, LegalForm.ASSOCIATION, true)
                : new Holder("44306184100047", "Entreprise " + reference, new BigDecimal(amount), false, null, null,
                false);
        return ((Contract.Awarded) open.award(decision, List.of(holder), List.of(List.of()), "achats", NOW))
                .contract();
    }

    static InsertionLedger ledger(String contractId, ReportingPeriod... periods) {
        List<HoursReport> reports = java.util.Arrays.stream(periods).map(p -> new HoursReport("HRS-" + p.code(), p,
                List.of(new PublicCount(InsertionPublic.values()[0], 1, new BigDecimal("100.5"))), NOW, "facilitateur"))
                .toList();
        return new InsertionLedger(contractId, reports, 1, NOW, "facilitateur");
    }

    @Test
    void indicatorsCountTheContractsNotifiedInTheYearWithTheirAmountsPerArticleAndTheEssShare() {
        LocalDate in2026 = LocalDate.of(2026, 3, 2);
        List<Contract> contracts = List.of(
                awarded("R13", "L2113-13", List.of("RESERVED_CONTRACT", "SOCIAL_CLAUSE"), List.of(), 1200,
                        "200000", in2026, true),
                awarded("R12", "L2113-12", List.of(), List.of("ENVIRONMENTAL_CRITERION"), 0, "50000.50", in2026,
                        true),
                awarded("PLAIN", "NONE", List.of(), List.of("ENVIRONMENTAL_CLAUSE"), 0, "80000", in2026, false),
                awarded("CRIT", "NONE", List.of("SOCIAL_CRITERION"), List.of(), 0, "30000", in2026, false),
                awarded("OLD", "L2113-13", List.of("SOCIAL_CLAUSE"), List.of(), 600, "999999", LocalDate.of(2025, 6, 1),
                        true));

        SpaserYear year = SpaserYear.of(2026, contracts, List.of());

        assertThat(year.awardedCount()).isEqualTo(4);
        // R13 (clause), R12 (reserved without any consideration ticked) and CRIT: 3 of 4
        assertThat(year.value(SpaserIndicator.SOCIAL_CONSIDERATION_SHARE)).isEqualByComparingTo("75.0");
        assertThat(year.value(SpaserIndicator.ENVIRONMENTAL_CONSIDERATION_SHARE)).isEqualByComparingTo("50.0");
        assertThat(year.value(SpaserIndicator.RESERVED_L2113_13_COUNT)).isEqualByComparingTo("1");
        assertThat(year.value(SpaserIndicator.RESERVED_L2113_13_AMOUNT)).isEqualByComparingTo("200000");
        assertThat(year.value(SpaserIndicator.RESERVED_L2113_12_COUNT)).isEqualByComparingTo("1");
        assertThat(year.value(SpaserIndicator.RESERVED_L2113_12_AMOUNT)).isEqualByComparingTo("50000.50");
        assertThat(year.value(SpaserIndicator.RESERVED_L2113_15_COUNT)).isEqualByComparingTo("0");
        assertThat(year.value(SpaserIndicator.ESS_SUPPLIERS_AMOUNT)).isEqualByComparingTo("250000.50");
        assertThat(year.value(SpaserIndicator.INSERTION_HOURS_PLANNED)).isEqualByComparingTo("1200");
        assertThat(year.reservedContracts()).extracting(SpaserYear.ReservedContract::contractId)
                .containsExactly("R12", "R13");
    }

    @Test
    void hoursDoneCountInTheYearTheirPeriodEndsWhateverTheYearTheContractWasAwarded() {
        Contract old = awarded("OLD", "L2113-13", List.of("SOCIAL_CLAUSE"), List.of(), 600, "100000",
                LocalDate.of(2025, 6, 1), true);
        InsertionLedger ledger = ledger("OLD", ReportingPeriod.quarter(2025, 4), ReportingPeriod.month(2026, 1),
                ReportingPeriod.month(2026, 2));

        SpaserYear of2026 = SpaserYear.of(2026, List.of(old), List.of(ledger));
        SpaserYear of2025 = SpaserYear.of(2025, List.of(old), List.of(ledger));

        assertThat(of2026.value(SpaserIndicator.INSERTION_HOURS_PLANNED)).isEqualByComparingTo("0");
        assertThat(of2026.value(SpaserIndicator.INSERTION_HOURS_DONE)).isEqualByComparingTo("201");
        assertThat(of2026.clauses()).singleElement().satisfies(line -> {
            assertThat(line.doneInYear()).isEqualByComparingTo("201");
            assertThat(line.doneToDate()).isEqualByComparingTo("301.5");
        });
        assertThat(of2025.value(SpaserIndicator.INSERTION_HOURS_PLANNED)).isEqualByComparingTo("600");
        assertThat(of2025.value(SpaserIndicator.INSERTION_HOURS_DONE)).isEqualByComparingTo("100.5");
    }

    @Test
    void aYearWithoutAnyContractHasNoShareButZeroCountsAndAmounts() {
        SpaserYear empty = SpaserYear.of(2027, List.of(), List.of());

        assertThat(empty.value(SpaserIndicator.SOCIAL_CONSIDERATION_SHARE)).isNull();
        assertThat(empty.value(SpaserIndicator.ENVIRONMENTAL_CONSIDERATION_SHARE)).isNull();
        assertThat(empty.value(SpaserIndicator.RESERVED_L2113_15_AMOUNT)).isEqualByComparingTo("0");
        assertThat(empty.value(SpaserIndicator.INSERTION_HOURS_DONE)).isEqualByComparingTo("0");
        assertThat(empty.awardedCount()).isZero();
    }
}
