package fr.essor.procurement.sourcing.web;

import fr.essor.procurement.sourcing.domain.NeedForm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A sourcing need on the API; {@code territoryCode} empty for the whole département. */
record NeedRequest(String buyerDirectorate, String object, String cpvDivision, String territoryCode,
                   BigDecimal minAmount, BigDecimal maxAmount, LocalDate answerBy) {

    NeedForm toForm() {
        return new NeedForm(buyerDirectorate, object, cpvDivision, territoryCode, minAmount, maxAmount, answerBy);
    }
}
