package fr.essor.procurement.plan.web;

import fr.essor.procurement.plan.domain.PurchaseForm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A planned purchase on the API; {@code territoryCode} empty for the whole département. */
record PurchaseRequest(String buyerDirectorate, String object, String cpvCode, BigDecimal estimatedAmount,
                       LocalDate expectedOn, String territoryCode) {

    PurchaseForm toForm() {
        return new PurchaseForm(buyerDirectorate, object, cpvCode, estimatedAmount, expectedOn, territoryCode);
    }
}
