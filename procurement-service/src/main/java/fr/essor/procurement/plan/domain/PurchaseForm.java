package fr.essor.procurement.plan.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;
import fr.essor.procurement.contracts.domain.BuyerDirectorate;
import fr.essor.procurement.contracts.domain.CpvCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A planned purchase as typed in, before any check. */
public record PurchaseForm(String buyerDirectorate, String object, String cpvCode, BigDecimal estimatedAmount,
                           LocalDate expectedOn, String territoryCode) {

    public static final int MAX_OBJECT = 500;

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(PurchaseTerms terms) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    /**
     * @param territoryCodes the EPT codes (T6…T9)
     * @param today          a purchase is planned for today or later
     */
    public Checked check(Set<String> territoryCodes, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        BuyerDirectorate.violation(buyerDirectorate).ifPresent(violations::add);
        String objectText = blankToNull(object);
        if (objectText == null) {
            violations.add(new Violation("object", "object.required", "Décrivez l'objet de l'achat."));
        } else if (objectText.length() > MAX_OBJECT) {
            violations.add(new Violation("object", "object.size",
                    "L'objet ne doit pas dépasser " + MAX_OBJECT + " caractères."));
        }
        String cpv = blankToNull(cpvCode);
        if (cpv == null) {
            violations.add(new Violation("cpvCode", "cpvCode.required", "Le code CPV est obligatoire."));
        } else if (!CpvCode.hasFormat(cpv)) {
            violations.add(new Violation("cpvCode", "cpvCode.format",
                    "Le code CPV a 8 chiffres, éventuellement suivis d'un tiret et d'un chiffre (ex. 90910000-9)."));
        }
        if (estimatedAmount == null) {
            violations.add(new Violation("estimatedAmount", "estimatedAmount.required",
                    "Le montant estimé (en euros HT) est obligatoire."));
        } else {
            InputBounds.positiveAmount("estimatedAmount", estimatedAmount)
                    .ifPresent(violations::add);
        }
        if (expectedOn == null) {
            violations.add(new Violation("expectedOn", "expectedOn.required",
                    "La date prévue de notification est obligatoire."));
        } else if (expectedOn.isBefore(today)) {
            violations.add(new Violation("expectedOn", "expectedOn.past",
                    "La date prévue ne peut pas être passée : un achat déjà notifié est un marché, pas un achat prévu."));
        } else {
            InputBounds.date("expectedOn", expectedOn).ifPresent(violations::add);
        }
        String territory = blankToNull(territoryCode);
        if (territory != null && !territoryCodes.contains(territory.toUpperCase())) {
            violations.add(new Violation("territoryCode", "territoryCode.unknown",
                    "« " + territory + " » n'est pas un territoire : T6, T7, T8 ou T9, ou vide pour tout le département."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(new PurchaseTerms(BuyerDirectorate.normalized(buyerDirectorate), objectText, new CpvCode(cpv),
                estimatedAmount.setScale(2, RoundingMode.UNNECESSARY), expectedOn,
                territory == null ? null : territory.toUpperCase()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
