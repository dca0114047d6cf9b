package fr.essor.funding.guarantees.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;

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

    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        if (organisationId == null || organisationId.isBlank()) {
            violations.add(new Violation("organisation", "organisation.required",
                    "Indiquez le SIRET ou le RNA de la structure emprunteuse."));
        }
        if (blank(lender)) {
            violations.add(new Violation("lender", "lender.required", "Indiquez le prêteur."));
        }
        InputBounds.text("lender", lender, 200).ifPresent(violations::add);
        if (loanAmount == null) {
            violations.add(new Violation("loanAmount", "loanAmount.required",
                    "Indiquez le montant du prêt en euros."));
        }
        InputBounds.positiveAmount("loanAmount", loanAmount).ifPresent(violations::add);
        if (guaranteedShare == null || guaranteedShare.signum() <= 0
                || guaranteedShare.compareTo(BigDecimal.valueOf(100)) > 0) {
            violations.add(new Violation("guaranteedShare", "guaranteedShare.range",
                    "La quotité garantie est un pourcentage du prêt, supérieur à 0 et au plus 100."));
        } else {
            InputBounds.number("guaranteedShare", guaranteedShare, BigDecimal.ZERO, BigDecimal.valueOf(100), 2)
                    .ifPresent(violations::add);
        }
        if (durationMonths == null) {
            violations.add(new Violation("durationMonths", "durationMonths.required",
                    "Indiquez la durée du prêt en mois (de 1 à 600)."));
        }
        InputBounds.whole("durationMonths", durationMonths == null ? null : durationMonths.longValue(), 1, 600)
                .ifPresent(violations::add);
        if (grantedOn == null) {
            violations.add(new Violation("grantedOn", "grantedOn.required",
                    "Indiquez la date d'octroi de la garantie."));
        }
        InputBounds.date("grantedOn", grantedOn).ifPresent(violations::add);
        if (blank(deliberationReference)) {
            violations.add(new Violation("deliberationReference", "deliberationReference.required",
                    "Indiquez la référence de la délibération."));
        }
        InputBounds.text("deliberationReference", deliberationReference, 100).ifPresent(violations::add);
        InputBounds.text("purpose", purpose, 500).ifPresent(violations::add);
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
