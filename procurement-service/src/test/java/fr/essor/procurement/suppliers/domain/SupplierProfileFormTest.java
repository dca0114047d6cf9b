package fr.essor.procurement.suppliers.domain;

import fr.essor.kit.domain.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SupplierProfileFormTest {

    private static final Set<String> TERRITORIES = Set.of("T6", "T7", "T8", "T9");

    @Test
    void theCapacityIsAnAmountOfEveryServiceAndTheWorkforceAPlausibleCount() {
        SupplierProfileForm form = new SupplierProfileForm(List.of("77"), List.of("T6"),
                SupplierProfileForm.MAX_WORKFORCE + 1, new BigDecimal("1000000000.01"), "x".repeat(2001));

        assertThat(form.check(TERRITORIES)).isInstanceOfSatisfying(SupplierProfileForm.Invalid.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::code).containsExactly("workforce.range",
                        "maxContractAmount.range", "description.size"));
        assertThat(new SupplierProfileForm(List.of("77"), List.of("T6"), 35, new BigDecimal("250000.50"), null)
                .check(TERRITORIES)).isInstanceOf(SupplierProfileForm.Valid.class);
    }
}
