package fr.essor.procurement.sourcing.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;
import fr.essor.procurement.contracts.domain.BuyerDirectorate;
import fr.essor.procurement.contracts.domain.CpvCode;
import fr.essor.procurement.reference.CpvDivisions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A sourcing need as typed in, before any check. {@code cpvDivision} may also be a whole CPV code. */
public record NeedForm(String buyerDirectorate, String object, String cpvDivision, String territoryCode,
                       BigDecimal minAmount, BigDecimal maxAmount, LocalDate answerBy) {

    public static final int MAX_OBJECT = 500;
    /** A CPV division (2 digits) or a CPV code, whose division is taken. */
    public static final String CPV_DIVISION_PATTERN = "\\d{2}|" + CpvCode.PATTERN;

    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(NeedTerms terms) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    /**
     * @param territoryCodes the EPT codes (T6…T9)
     * @param today          suppliers must have until today at least to answer
     */
    public Checked check(Set<String> territoryCodes, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        BuyerDirectorate.violation(buyerDirectorate).ifPresent(violations::add);
        String objectText = blankToNull(object);
        if (objectText == null) {
            violations.add(new Violation("object", "object.required", "Décrivez le besoin."));
        } else if (objectText.length() > MAX_OBJECT) {
            violations.add(new Violation("object", "object.size",
                    "Le besoin ne doit pas dépasser " + MAX_OBJECT + " caractères."));
        }
        String division = division(blankToNull(cpvDivision));
        if (division == null) {
            violations.add(new Violation("cpvDivision", blankToNull(cpvDivision) == null ? "cpvDivision.required"
                    : "cpvDivision.unknown", "Indiquez le secteur : une division CPV de 2 chiffres (ex. 77 pour les "
                    + "services horticoles, 90 pour le nettoyage) ou un code CPV."));
        }
        String territory = blankToNull(territoryCode);
        if (territory != null && !territoryCodes.contains(territory.toUpperCase())) {
            violations.add(new Violation("territoryCode", "territoryCode.unknown",
                    "« " + territory + " » n'est pas un territoire : T6, T7, T8 ou T9, ou vide pour tout le département."));
        }
        boolean amountsValid = true;
        if (minAmount == null) {
            amountsValid = false;
            violations.add(new Violation("minAmount", "minAmount.required",
                    "Le montant minimum (en euros HT) est obligatoire ; 0 s'il n'y en a pas."));
        } else if (InputBounds.amount("minAmount", minAmount).isPresent()) {
            amountsValid = false;
            violations.add(InputBounds.amount("minAmount", minAmount).get());
        }
        if (maxAmount == null) {
            amountsValid = false;
            violations.add(new Violation("maxAmount", "maxAmount.required",
                    "Le montant maximum (en euros HT) est obligatoire."));
        } else if (InputBounds.positiveAmount("maxAmount", maxAmount).isPresent()) {
            amountsValid = false;
            violations.add(InputBounds.positiveAmount("maxAmount", maxAmount).get());
        }
        if (amountsValid && maxAmount.compareTo(minAmount) < 0) {
            violations.add(new Violation("maxAmount", "maxAmount.belowMin",
                    "Le montant maximum ne peut pas être inférieur au montant minimum."));
        }
        if (answerBy == null) {
            violations.add(new Violation("answerBy", "answerBy.required",
                    "La date limite de réponse des fournisseurs est obligatoire."));
        } else if (answerBy.isBefore(today)) {
            violations.add(new Violation("answerBy", "answerBy.past",
                    "La date limite de réponse ne peut pas être passée."));
        } else {
            InputBounds.date("answerBy", answerBy).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            return new Invalid(List.copyOf(violations));
        }
        return new Valid(new NeedTerms(BuyerDirectorate.normalized(buyerDirectorate), objectText, division,
                territory == null ? null : territory.toUpperCase(), minAmount.setScale(2, RoundingMode.UNNECESSARY),
                maxAmount.setScale(2, RoundingMode.UNNECESSARY), answerBy));
    }

    private static String division(String value) {
        if (value == null) {
            return null;
        }
        String code = CpvCode.hasFormat(value) ? value.substring(0, 2) : value;
        return CpvDivisions.isDivision(code) ? code : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
