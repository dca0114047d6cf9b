package fr.essor.funding.aaa.domain;

import fr.essor.kit.reference.Territories;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.domain.InputBounds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the DMTA sets for one edition of the Appel à Agir: themes, envelopes in euros, dates, whether two-year
 * applications are allowed, the scoring grid, and optional per-EPT targets (share of laureates, in %).
 */
public record CallDefinition(int year, String title, List<String> themes, BigDecimal operatingEnvelope,
                             BigDecimal investmentEnvelope, LocalDate opensOn, LocalDate closesOn,
                             boolean twoYearApplications, ScoringGrid grid, Map<String, Integer> territoryTargets) {


    public CallDefinition {
        themes = themes == null ? List.of() : themes.stream().map(t -> t == null ? "" : t.strip()).toList();
        title = title == null ? "" : title.strip();
        grid = grid == null ? new ScoringGrid(List.of()) : grid;
        territoryTargets = territoryTargets == null ? Map.of() : Map.copyOf(territoryTargets);
    }

    public String callId() {
        return Call.idOf(year);
    }

    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        if (year < 2018 || year > 2100) {
            violations.add(new Violation("year", "year.range", "L'année de l'édition va de 2018 à 2100."));
        }
        if (title.isEmpty()) {
            violations.add(new Violation("title", "title.required",
                    "Donnez un intitulé à l'appel (200 caractères au plus)."));
        }
        InputBounds.text("title", title, 200).ifPresent(violations::add);
        if (themes.isEmpty() || themes.size() > 20 || themes.stream().anyMatch(t -> t.isEmpty() || t.length() > 100)) {
            violations.add(new Violation("themes", "themes.required",
                    "L'appel compte de 1 à 20 thématiques, de 100 caractères au plus chacune."));
        } else if (new HashSet<>(themes).size() != themes.size()) {
            violations.add(new Violation("themes", "themes.duplicate", "Une thématique figure deux fois."));
        }
        checkAmount("operatingEnvelope", "de l'enveloppe de fonctionnement", operatingEnvelope, violations);
        checkAmount("investmentEnvelope", "de l'enveloppe d'investissement", investmentEnvelope, violations);
        if (operatingEnvelope != null && investmentEnvelope != null && operatingEnvelope.signum() == 0
                && investmentEnvelope.signum() == 0) {
            violations.add(new Violation("operatingEnvelope", "envelopes.empty",
                    "Au moins une des deux enveloppes doit être positive."));
        }
        if (opensOn == null) {
            violations.add(new Violation("opensOn", "opensOn.required", "Indiquez la date d'ouverture de l'appel."));
        }
        if (closesOn == null) {
            violations.add(new Violation("closesOn", "closesOn.required", "Indiquez la date de clôture de l'appel."));
        }
        InputBounds.date("opensOn", opensOn).ifPresent(violations::add);
        InputBounds.date("closesOn", closesOn).ifPresent(violations::add);
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            violations.add(new Violation("closesOn", "closesOn.beforeOpening",
                    "La clôture ne peut pas précéder l'ouverture."));
        }
        violations.addAll(grid.check());
        int share = 0;
        for (var target : territoryTargets.entrySet()) {
            if (!Territories.isKnown(target.getKey())) {
                violations.add(new Violation("territoryTargets", "territoryTargets.unknownTerritory",
                        "EPT inconnu : « " + target.getKey() + " » (" + Territories.codesInWords() + ")."));
            }
            if (target.getValue() == null || target.getValue() < 0 || target.getValue() > 100) {
                violations.add(new Violation("territoryTargets", "territoryTargets.range",
                        "La cible d'un EPT est une part des lauréats de 0 à 100 %."));
            } else {
                share += target.getValue();
            }
        }
        if (share > 100) {
            violations.add(new Violation("territoryTargets", "territoryTargets.total",
                    "Les cibles des EPT dépassent 100 % à elles toutes."));
        }
        return violations;
    }

    private static void checkAmount(String field, String what, BigDecimal amount, List<Violation> violations) {
        if (amount == null) {
            violations.add(new Violation(field, field + ".required", "Indiquez le montant " + what + " (0 sinon)."));
        } else {
            InputBounds.amount(field, amount).ifPresent(violations::add);
        }
    }
}
