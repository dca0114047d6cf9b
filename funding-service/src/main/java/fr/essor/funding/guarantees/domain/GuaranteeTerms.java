package fr.essor.funding.guarantees.domain;

import fr.essor.kit.problem.FieldViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Département guarantees, as typed in: the borrower (from the organisation registry, with the EPT of its
 * office), the lender, the loan's principal and duration, the share guaranteed, the deliberation and what the loan
 * finances.
 */
public record GuaranteeTerms(String organisationId, String organisationName, String territoryCode, String lender,
                             BigDecimal loanAmount, BigDecimal guaranteedShare, Integer durationMonths,
                             LocalDate grantedOn, String deliberationReference, String purpose) {

    public List<FieldViolation> check() {
        List<FieldViolation> violations = new ArrayList<>();
        if (organisationId == null || organisationId.isBlank()) {
            violations.add(new FieldViolation("organisationId", "organisationId.required",
                    "Indiquez le SIRET ou le RNA de la structure emprunteuse."));
        }
        if (blank(lender) || lender.strip().length() > 200) {
            violations.add(new FieldViolation("lender", "lender.required",
                    "Indiquez le prêteur (200 caractères au plus)."));
        }
        if (loanAmount == null || loanAmount.signum() <= 0 || loanAmount.stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation("loanAmount", "loanAmount.required",
                    "Indiquez le montant du prêt en euros (positif, deux décimales au plus)."));
        }
        if (guaranteedShare == null || guaranteedShare.signum() <= 0
                || guaranteedShare.compareTo(BigDecimal.valueOf(100)) > 0
                || guaranteedShare.stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation("guaranteedShare", "guaranteedShare.range",
                    "La quotité garantie est un pourcentage du prêt, supérieur à 0 et au plus 100."));
        }
        if (durationMonths == null || durationMonths < 1 || durationMonths > 600) {
            violations.add(new FieldViolation("durationMonths", "durationMonths.range",
                    "Indiquez la durée du prêt en mois (de 1 à 600)."));
        }
        if (grantedOn == null) {
            violations.add(new FieldViolation("grantedOn", "grantedOn.required",
                    "Indiquez la date d'octroi de la garantie."));
        }
        if (blank(deliberationReference) || deliberationReference.strip().length() > 100) {
            violations.add(new FieldViolation("deliberationReference", "deliberationReference.required",
                    "Indiquez la référence de la délibération (100 caractères au plus)."));
        }
        if (!blank(purpose) && purpose.strip().length() > 500) {
            violations.add(new FieldViolation("purpose", "purpose.size", "L'objet du prêt fait 500 caractères au plus."));
        }
        return violations;
    }

    /** The principal guaranteed, to the cent. */
    public BigDecimal guaranteedAmount() {
        return share(loanAmount);
    }

    /** This share of an amount, to the cent. */
    BigDecimal share(BigDecimal amount) {
        return amount.multiply(guaranteedShare).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
