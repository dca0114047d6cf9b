package fr.essor.procurement.sourcing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a buyer directorate looks for, every field checked (see {@link NeedForm}).
 *
 * @param cpvDivision   the sector: a CPV division (2 digits)
 * @param territoryCode the EPT where it is executed, {@code null} for the whole département
 * @param minAmount     lower bound of the expected amount, euros excluding VAT
 * @param maxAmount     upper bound, never below {@code minAmount}
 * @param answerBy      last day on which suppliers may say they are interested
 */
public record NeedTerms(String buyerDirectorate, String object, String cpvDivision, String territoryCode,
                        BigDecimal minAmount, BigDecimal maxAmount, LocalDate answerBy) {

    public NeedTerms {
        Objects.requireNonNull(buyerDirectorate, "buyerDirectorate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(cpvDivision, "cpvDivision");
        Objects.requireNonNull(minAmount, "minAmount");
        Objects.requireNonNull(maxAmount, "maxAmount");
        Objects.requireNonNull(answerBy, "answerBy");
    }
}
