package fr.essor.foncier.suggestions.web;

import fr.essor.foncier.suggestions.domain.GrantAward;
import fr.essor.foncier.suggestions.domain.GrowthSuggestion;
import fr.essor.kit.ui.FrenchFormat;

/** A growth suggestion as the cell's page shows it, in French. */
record SuggestionRow(String id, String organisationId, String organisationName, String reason, String project,
                     String amount, String nature, String territory, String decidedOn, String suggestedAt,
                     String dismissal) {

    static SuggestionRow of(GrowthSuggestion s) {
        GrantAward a = s.award();
        return new SuggestionRow(s.id(), a.organisationId(), a.organisationName(), s.reason().label(),
                a.projectTitle(), a.amount() == null ? "" : FrenchFormat.euros(a.amount()), nature(a.nature()),
                a.territoryCode() == null ? "" : a.territoryCode(),
                a.decidedOn() == null ? "" : FrenchFormat.date(a.decidedOn()), FrenchFormat.dateTime(s.suggestedAt()),
                s.open() ? "" : "Écartée le " + FrenchFormat.dateTime(s.dismissedAt()) + " par " + s.dismissedBy());
    }

    private static String nature(String nature) {
        return switch (nature == null ? "" : nature) {
            case "INVESTMENT" -> "investissement";
            case "MIXED" -> "fonctionnement et investissement";
            case "OPERATING" -> "fonctionnement";
            default -> "nature non précisée";
        };
    }
}
