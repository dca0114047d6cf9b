package fr.essor.procurement.sourcing.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.procurement.contracts.domain.BuyerDirectorate;
import fr.essor.procurement.sourcing.domain.NeedForm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A sourcing need on the API; {@code territoryCode} empty for the whole département. */
record NeedRequest(@Bounds.Pattern(value = BuyerDirectorate.PATTERN,
        message = "Indiquez le sigle de la direction acheteuse, en capitales (ex. DIEESS, DBL).")
                   String buyerDirectorate,
                   @Bounds.Text(NeedForm.MAX_OBJECT) String object,
                   @Bounds.Pattern(value = NeedForm.CPV_DIVISION_PATTERN, message = "Indiquez le secteur : une "
                           + "division CPV de 2 chiffres (ex. 77) ou un code CPV.") String cpvDivision,
                   @Bounds.Reference(Bounds.Codes.TERRITORY) String territoryCode,
                   @Bounds.Amount BigDecimal minAmount,
                   @Bounds.Amount(positive = true) BigDecimal maxAmount, LocalDate answerBy) {

    NeedForm toForm() {
        return new NeedForm(buyerDirectorate, object, cpvDivision, territoryCode, minAmount, maxAmount, answerBy);
    }
}
