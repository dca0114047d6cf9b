package fr.essor.funding.aaa.domain;

import fr.essor.kit.domain.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A call's scoring grid: weighted criteria, each scored from 0 to {@value #MAX_SCORE} by a reviewer. The weighted
 * score of a review is on 20: the weighted mean of its scores, brought from 0–5 to 0–20.
 */
public record ScoringGrid(List<Criterion> criteria) {

    public static final int MAX_SCORE = 5;
    public static final int SCALE = 20;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public ScoringGrid {
        criteria = List.copyOf(criteria);
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(Criterion::weight).sum();
    }

    /** The rules a grid follows: 1 to 20 criteria with distinct codes, a label, and a weight from 1 to 100. */
    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        if (criteria.isEmpty() || criteria.size() > 20) {
            violations.add(new Violation("grid", "grid.size", "La grille de notation compte de 1 à 20 critères."));
        }
        Set<String> codes = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (criterion.code() == null || !CODE.matcher(criterion.code()).matches()) {
                violations.add(new Violation("grid", "grid.code", "Le code d'un critère est fait de minuscules, "
                        + "chiffres et tirets (40 caractères au plus)."));
            } else if (!codes.add(criterion.code())) {
                violations.add(new Violation("grid", "grid.duplicate",
                        "Le critère « " + criterion.code() + " » figure deux fois dans la grille."));
            }
            if (criterion.label() == null || criterion.label().isBlank() || criterion.label().length() > 200) {
                violations.add(new Violation("grid", "grid.label",
                        "Chaque critère a un intitulé (200 caractères au plus)."));
            }
            if (criterion.weight() < 1 || criterion.weight() > 100) {
                violations.add(new Violation("grid", "grid.weight",
                        "Le poids d'un critère est un entier de 1 à 100."));
            }
        }
        return violations;
    }

    /** The scores a review must give: one per criterion of the grid, each from 0 to 5, and nothing else. */
    public List<Violation> checkScores(Map<String, Integer> scores) {
        List<Violation> violations = new ArrayList<>();
        for (Criterion criterion : criteria) {
            Integer score = scores.get(criterion.code());
            if (score == null) {
                violations.add(new Violation("scores." + criterion.code(), "scores.missing",
                        "Notez le critère « " + criterion.label() + " »."));
            } else if (score < 0 || score > MAX_SCORE) {
                violations.add(new Violation("scores." + criterion.code(), "scores.range",
                        "La note du critère « " + criterion.label() + " » va de 0 à " + MAX_SCORE + "."));
            }
        }
        for (String code : scores.keySet()) {
            if (criterion(code).isEmpty()) {
                violations.add(new Violation("scores." + code, "scores.unknownCriterion",
                        "Le critère « " + code + " » ne fait pas partie de la grille de cet appel."));
            }
        }
        return violations;
    }

    /** The weighted score on 20 of complete, valid scores, rounded half up to two decimals. */
    public BigDecimal weightedScore(Map<String, Integer> scores) {
        long weighted = 0;
        for (Criterion criterion : criteria) {
            weighted += (long) criterion.weight() * scores.get(criterion.code());
        }
        return BigDecimal.valueOf(weighted * SCALE)
                .divide(BigDecimal.valueOf((long) totalWeight() * MAX_SCORE), 2, RoundingMode.HALF_UP);
    }
}
