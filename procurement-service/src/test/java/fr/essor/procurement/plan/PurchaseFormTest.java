package fr.essor.procurement.plan;

import fr.essor.kit.domain.Violation;
import fr.essor.procurement.plan.domain.PlannedPurchase;
import fr.essor.procurement.plan.domain.PurchaseForm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseFormTest {

    static final Set<String> TERRITORIES = Set.of("T6", "T7", "T8", "T9");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 10);
    static final Instant NOW = Instant.parse("2026-11-10T09:00:00Z");

    @Test
    void aValidPurchaseIsPlannedWithItsTermsNormalisedAndWhoPlannedIt() {
        PlannedPurchase.Outcome outcome = PlannedPurchase.plan("PA-1", new PurchaseForm("dbl", " Nettoyage ",
                "90910000-9", new BigDecimal("120000"), LocalDate.of(2027, 3, 1), "t8"), TERRITORIES, TODAY,
                "achats", NOW);

        assertThat(outcome).isInstanceOfSatisfying(PlannedPurchase.Planned.class, planned -> {
            assertThat(planned.purchase().terms().buyerDirectorate()).isEqualTo("DBL");
            assertThat(planned.purchase().terms().object()).isEqualTo("Nettoyage");
            assertThat(planned.purchase().terms().territoryCode()).isEqualTo("T8");
            assertThat(planned.purchase().terms().estimatedAmount()).isEqualByComparingTo("120000.00");
            assertThat(planned.purchase().createdBy()).isEqualTo("achats");
            assertThat(planned.purchase().version()).isEqualTo(1);
        });
    }

    @Test
    void everyWrongFieldIsRefusedWithItsCode() {
        PlannedPurchase.Outcome outcome = PlannedPurchase.plan("PA-1", new PurchaseForm("", "", "9091", new BigDecimal(
                "-3"), LocalDate.of(2026, 11, 9), "T5"), TERRITORIES, TODAY, "achats", NOW);

        assertThat(outcome).isInstanceOfSatisfying(PlannedPurchase.Refused.class, refused ->
                assertThat(refused.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                        "buyerDirectorate.required", "object.required", "cpvCode.format", "estimatedAmount.range",
                        "expectedOn.past", "territoryCode.unknown"));
    }

    @Test
    void anAmountBeyondABillionOrADateCenturiesAheadIsRefusedForWhatItIs() {
        PlannedPurchase.Outcome outcome = PlannedPurchase.plan("PA-1", new PurchaseForm("DBL", "Entretien", "90910000",
                new BigDecimal("1e400"), LocalDate.of(2999, 1, 1), null), TERRITORIES, TODAY, "achats", NOW);

        assertThat(outcome).isInstanceOfSatisfying(PlannedPurchase.Refused.class, refused ->
                assertThat(refused.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                        "estimatedAmount.range", "expectedOn.date-range"));
    }
}
