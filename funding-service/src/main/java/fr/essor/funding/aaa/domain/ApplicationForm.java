package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.kit.domain.Violation;
import fr.essor.kit.reference.Commune;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An application as typed in or imported, before it is checked against its call. */
public record ApplicationForm(String title, String summary, String theme, RequestedAmounts amounts,
                              Integer durationYears, List<String> communeInsees, boolean qpv, BigDecimal projectBudget,
                              boolean incubation) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_THEME = 200;

    public ApplicationForm {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        theme = theme == null ? "" : theme.strip();
        amounts = amounts == null ? new RequestedAmounts(null, null, null, null) : amounts;
        communeInsees = communeInsees == null ? List.of()
                : communeInsees.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }

    public sealed interface Checked {
    }

    public record Valid(ApplicationDetails details) implements Checked {
    }

    public record Invalid(List<Violation> violations) implements Checked {
    }

    /** Checks the form against the call's rules; the organisation has been found in the registry already. */
    public Checked check(Call call, String organisationId, String organisationName,
                         Function<String, Optional<Commune>> communes) {
        List<Violation> violations = new ArrayList<>();
        if (title.isEmpty()) {
            violations.add(new Violation("title", "title.required",
                    "Donnez un titre au projet (300 caractères au plus)."));
        }
        InputBounds.text("title", title, MAX_TITLE).ifPresent(violations::add);
        if (summary.isEmpty()) {
            violations.add(new Violation("summary", "summary.required",
                    "Résumez le projet (4 000 caractères au plus)."));
        }
        InputBounds.text("summary", summary, MAX_SUMMARY).ifPresent(violations::add);
        Optional<Violation> themeTooLong = InputBounds.text("theme", theme, MAX_THEME);
        if (themeTooLong.isPresent()) {
            violations.add(themeTooLong.get());
        } else if (!call.definition().themes().contains(theme)) {
            violations.add(new Violation("theme", "theme.unknown", "Choisissez une des thématiques de l'appel "
                    + call.year() + " : " + String.join(", ", call.definition().themes()) + "."));
        }
        if (durationYears == null || (durationYears != 1 && durationYears != 2)) {
            violations.add(new Violation("durationYears", "durationYears.range",
                    "Un projet dure un ou deux ans."));
        } else if (durationYears == 2 && !call.definition().twoYearApplications()) {
            violations.add(new Violation("durationYears", "durationYears.notAllowed",
                    "L'appel " + call.year() + " n'accepte que des projets d'un an."));
        }
        checkAmount("amounts.firstYearOperating", amounts.firstYearOperating(), violations);
        checkAmount("amounts.firstYearInvestment", amounts.firstYearInvestment(), violations);
        checkAmount("amounts.secondYearOperating", amounts.secondYearOperating(), violations);
        checkAmount("amounts.secondYearInvestment", amounts.secondYearInvestment(), violations);
        if (amounts.total().signum() <= 0) {
            violations.add(new Violation("amounts", "amounts.required",
                    "Indiquez au moins un montant demandé, en fonctionnement ou en investissement."));
        }
        if (durationYears != null && durationYears == 1 && amounts.secondYear().signum() != 0) {
            violations.add(new Violation("amounts.secondYearOperating", "amounts.secondYearWithoutSecondYear",
                    "Un projet d'un an ne demande rien pour une deuxième année."));
        }
        List<Commune> resolved = new ArrayList<>();
        if (communeInsees.isEmpty() || communeInsees.size() > 40) {
            violations.add(new Violation("communeInsees", "communeInsees.required",
                    "Indiquez de 1 à 40 communes d'action en Seine-Saint-Denis."));
        }
        for (String insee : new LinkedHashSet<>(communeInsees)) {
            Optional<Commune> commune = communes.apply(insee);
            if (commune.isEmpty()) {
                violations.add(new Violation("communeInsees", "communeInsees.unknown",
                        "Commune inconnue en Seine-Saint-Denis : « " + insee + " »."));
            } else if (resolved.stream().noneMatch(c -> c.inseeCode().equals(commune.get().inseeCode()))) {
                resolved.add(commune.get());
            }
        }
        Optional<Violation> budgetOutOfBounds = InputBounds.positiveAmount("projectBudget", projectBudget);
        if (projectBudget == null) {
            violations.add(new Violation("projectBudget", "projectBudget.required",
                    "Indiquez le budget total du projet."));
        } else if (budgetOutOfBounds.isPresent()) {
            violations.add(budgetOutOfBounds.get());
        } else if (projectBudget.compareTo(amounts.total()) < 0) {
            violations.add(new Violation("projectBudget", "projectBudget.belowRequest",
                    "Le budget du projet ne peut pas être inférieur au montant demandé."));
        }
        if (!violations.isEmpty()) {
            return new Invalid(dedupe(violations));
        }
        return new Valid(new ApplicationDetails(organisationId, organisationName, title, summary, theme, amounts,
                durationYears, resolved, qpv, projectBudget, incubation));
    }

    private static void checkAmount(String field, BigDecimal amount, List<Violation> violations) {
        InputBounds.amount(field, amount).ifPresent(violations::add);
    }

    private static List<Violation> dedupe(List<Violation> violations) {
        return List.copyOf(new LinkedHashSet<>(violations));
    }
}
