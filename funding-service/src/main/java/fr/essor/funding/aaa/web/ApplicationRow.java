package fr.essor.funding.aaa.web;

import fr.essor.kit.reference.Territories;
import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.kit.ui.FrenchFormat;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** An application as a line of the list. */
record ApplicationRow(String id, String organisationName, String title, String theme, String territories,
                      String amountRequested, String status, String directorates, String averageScore,
                      String possibleDuplicateOf, String channel) {

    static ApplicationRow of(Application a) {
        var d = a.details();
        return new ApplicationRow(a.id(), d.organisationName(), d.title(), d.theme(),
                d.territoryCodes().stream().map(Territories::label).collect(Collectors.joining(", ")), FrenchFormat.euros(d.amounts().total()), a.status().label(),
                a.directorates().stream().map(Directorate::label).sorted().collect(Collectors.joining(", ")),
                score(a.averageScore().orElse(null)), a.possibleDuplicateOf().orElse(null),
                a.channel().label());
    }

    /** A score on 20, e.g. {@code 14,67 / 20}. */
    static String score(BigDecimal score) {
        return score == null ? "—" : score.toPlainString().replace('.', ',') + " / 20";
    }
}
