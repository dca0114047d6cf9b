package fr.essor.procurement.plan.domain;

import fr.essor.procurement.contracts.domain.CpvCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a buyer directorate plans to buy, every field checked (see {@link PurchaseForm}).
 *
 * @param estimatedAmount euros excluding VAT, over the whole duration
 * @param expectedOn      when the contract is expected to be notified
 * @param territoryCode   the EPT where it is executed, {@code null} for the whole département
 */
public record PurchaseTerms(String buyerDirectorate, String object, CpvCode cpvCode, BigDecimal estimatedAmount,
                            LocalDate expectedOn, String territoryCode) {

    public PurchaseTerms {
        Objects.requireNonNull(buyerDirectorate, "buyerDirectorate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(cpvCode, "cpvCode");
        Objects.requireNonNull(estimatedAmount, "estimatedAmount");
        Objects.requireNonNull(expectedOn, "expectedOn");
    }
}
