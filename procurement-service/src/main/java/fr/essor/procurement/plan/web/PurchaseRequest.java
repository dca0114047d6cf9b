package fr.essor.procurement.plan.web;

import fr.essor.kit.apidocs.Bounds;
import fr.essor.procurement.contracts.domain.BuyerDirectorate;
import fr.essor.procurement.contracts.domain.CpvCode;
import fr.essor.procurement.plan.domain.PurchaseForm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A planned purchase on the API; {@code territoryCode} empty for the whole département. */
record PurchaseRequest(@Bounds.Pattern(value = BuyerDirectorate.PATTERN,
        message = "Indiquez le sigle de la direction acheteuse, en capitales (ex. DIEESS, DBL).")
                       String buyerDirectorate,
                       @Bounds.Text(PurchaseForm.MAX_OBJECT) String object,
                       @Bounds.Pattern(value = CpvCode.PATTERN,
        message = "Le code CPV comporte 8 chiffres, suivis éventuellement d'un tiret et de la clé (ex. 77310000-6).")
                       String cpvCode,
                       @Bounds.Amount(positive = true) BigDecimal estimatedAmount,
                       LocalDate expectedOn,
                       @Bounds.Reference(Bounds.Codes.TERRITORY) String territoryCode) {

    PurchaseForm toForm() {
        return new PurchaseForm(buyerDirectorate, object, cpvCode, estimatedAmount, expectedOn, territoryCode);
    }
}
