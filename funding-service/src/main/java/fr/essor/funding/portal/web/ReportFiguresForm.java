package fr.essor.funding.portal.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.essor.funding.grants.domain.ReportFigures;
import fr.essor.kit.ui.FrenchFormat;

/** The figures of a compte-rendu financier as the applicant typed them ({@code 12 500,50}), kept to show again. */
record ReportFiguresForm(String totalExpenses, String grantUsed, String otherFunding, String notUsed) {

    static ReportFiguresForm of(Map<String, String> params) {
        return new ReportFiguresForm(params.getOrDefault("totalExpenses", ""), params.getOrDefault("grantUsed", ""),
                params.getOrDefault("otherFunding", ""), params.getOrDefault("notUsed", ""));
    }

    Map<String, String> values() {
        return Map.of("totalExpenses", totalExpenses, "grantUsed", grantUsed, "otherFunding", otherFunding,
                "notUsed", notUsed);
    }

    /** The figures read; an unreadable one is left empty (the domain then asks for it) with a French message. */
    ReportFigures figures(Map<String, String> errors) {
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        values().forEach((field, typed) -> read.put(field, amount(field, typed, errors)));
        return new ReportFigures(read.get("totalExpenses"), read.get("grantUsed"), read.get("otherFunding"),
                read.get("notUsed"));
    }

    private static BigDecimal amount(String field, String typed, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return FrenchFormat.parseAmount(typed);
        } catch (NumberFormatException e) {
            errors.put(field, "Montant illisible : écrivez un nombre d'euros, par exemple 12 500,50.");
            return null;
        }
    }
}
