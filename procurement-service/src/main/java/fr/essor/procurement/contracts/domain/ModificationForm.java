package fr.essor.procurement.contracts.domain;

import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A modification as typed in, before any check. */
public record ModificationForm(LocalDate notifiedOn, Integer durationMonths, BigDecimal amount, String reason) {

    public List<Violation> violations(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (notifiedOn == null) {
            violations.add(new Violation("notifiedOn", "notifiedOn.required",
                    "La date de notification de la modification est obligatoire."));
        } else if (notifiedOn.isAfter(today)) {
            violations.add(new Violation("notifiedOn", "notifiedOn.future",
                    "La date de notification ne peut pas être dans le futur."));
        }
        if (durationMonths == null && amount == null) {
            violations.add(new Violation("amount", "modification.empty",
                    "Une modification change la durée, le montant, ou les deux."));
        }
        if (durationMonths != null && (durationMonths < 1 || durationMonths > 600)) {
            violations.add(new Violation("durationMonths", "durationMonths.range",
                    "La nouvelle durée est un nombre de mois entre 1 et 600."));
        }
        if (amount != null && !Amounts.isValid(amount)) {
            violations.add(new Violation("amount", "amount.invalid",
                    "Le nouveau montant est un nombre positif d'euros, avec au plus 2 décimales."));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("reason", "reason.required", "Indiquez l'objet de la modification."));
        } else if (reason.length() > 500) {
            violations.add(new Violation("reason", "reason.size", "L'objet ne doit pas dépasser 500 caractères."));
        }
        return List.copyOf(violations);
    }
}
