package fr.essor.e2e.faults;

import fr.essor.kit.organisations.domain.Siret;

import java.util.List;
import java.util.stream.IntStream;

/** The organisations one fault's burst registers and then renames: SIRETs of their own, valid (Luhn). */
record Organisations(String fault, List<String> sirets) {

    /** {@code count} SIRETs starting with {@code 7} and the fault's two-digit number, then a serial, then the key. */
    static Organisations forFault(int number, String fault, int count) {
        return new Organisations(fault, IntStream.range(0, count)
                .mapToObj(i -> withCheckDigit(String.format("7%02d%010d", number, i))).toList());
    }

    static String registration(String siret) {
        return """
                {"siret":"%s","name":"Essai de panne %s","legalForm":"ASSOCIATION","esus":false,"communeInsee":"93066"}"""
                .formatted(siret, siret);
    }

    static String change(String siret) {
        return """
                {"siret":"%s","name":"%s","legalForm":"ASSOCIATION","esus":true,"communeInsee":"93066"}"""
                .formatted(siret, changedName(siret));
    }

    static String changedName(String siret) {
        return "Essai de panne " + siret + " modifiée";
    }

    private static String withCheckDigit(String thirteen) {
        for (int check = 0; check <= 9; check++) {
            if (Siret.isValid(thirteen + check)) {
                return thirteen + check;
            }
        }
        throw new IllegalStateException("no check digit for " + thirteen);
    }
}
