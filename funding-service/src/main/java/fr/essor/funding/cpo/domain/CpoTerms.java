package fr.essor.funding.cpo.domain;

import fr.essor.kit.domain.InputBounds;
import fr.essor.funding.aaa.domain.Directorate;
import fr.essor.kit.domain.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a multi-year objectives agreement (CPO) says: the organisation (from the registry) and its EPT, the lead
 * directorate, the title, 2 to 4 consecutive years with their amounts, 1 to 10 objectives each with its indicator,
 * and the deliberation that decided it.
 */
public record CpoTerms(String organisationId, String organisationName, String territoryCode,
                       Directorate leadDirectorate, String title, List<Objective> objectives,
                       List<YearlyAmount> years, String decisionReference, LocalDate decidedOn) {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    public CpoTerms {
        title = title == null ? "" : title.strip();
        decisionReference = decisionReference == null ? "" : decisionReference.strip();
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        years = years == null ? List.of() : List.copyOf(years);
    }

    public int fromYear() {
        return years.isEmpty() ? 0 : years.getFirst().year();
    }

    public int toYear() {
        return years.isEmpty() ? 0 : years.getLast().year();
    }

    public BigDecimal total() {
        return years.stream().map(YearlyAmount::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal operating() {
        return years.stream().map(YearlyAmount::operating).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal investment() {
        return years.stream().map(YearlyAmount::investment).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The violation of a lead directorate typed in that names none (the terms then hold no directorate, which
     * {@link #check} would only call missing); empty for a known code and for none at all.
     */
    public static java.util.Optional<Violation> unknownDirectorate(String code) {
        if (code == null || code.isBlank() || Directorate.fromCode(code.strip()).isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Violation("leadDirectorate", "leadDirectorate.unknown",
                "Direction pilote inconnue : choisissez DMTA, DIEESS, DJVA ou DTER."));
    }

    /** The rules the terms break, field by field; today bounds the deliberation's date. */
    public List<Violation> check(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (organisationId == null || organisationId.isBlank()) {
            violations.add(new Violation("organisation", "organisation.unknown",
                    "Choisissez une structure du répertoire (SIRET ou RNA)."));
        }
        if (leadDirectorate == null) {
            violations.add(new Violation("leadDirectorate", "leadDirectorate.required",
                    "Choisissez la direction pilote (DMTA, DIEESS, DJVA ou DTER)."));
        }
        if (title.isEmpty()) {
            violations.add(new Violation("title", "title.required",
                    "Donnez un intitulé à la convention (300 caractères au plus)."));
        }
        InputBounds.text("title", title, 300).ifPresent(violations::add);
        if (objectives.isEmpty() || objectives.size() > 10) {
            violations.add(new Violation("objectives", "objectives.required",
                    "La convention fixe de 1 à 10 objectifs, chacun avec son indicateur."));
        } else if (objectives.stream().anyMatch(o -> o.label().isEmpty() || o.indicator().isEmpty()
                || o.label().length() > 300 || o.indicator().length() > 300 || o.target().length() > 100)) {
            violations.add(new Violation("objectives", "objectives.incomplete",
                    "Chaque objectif a un libellé et un indicateur (300 caractères au plus), et une cible "
                            + "(100 caractères au plus)."));
        }
        checkYears(violations);
        if (decisionReference.isEmpty()) {
            violations.add(new Violation("decisionReference", "decisionReference.required",
                    "Indiquez la référence de la délibération (100 caractères au plus)."));
        }
        InputBounds.text("decisionReference", decisionReference, 100).ifPresent(violations::add);
        if (decidedOn == null) {
            violations.add(new Violation("decidedOn", "decidedOn.required",
                    "Indiquez la date de la délibération."));
        } else if (decidedOn.isAfter(today)) {
            violations.add(new Violation("decidedOn", "decidedOn.future",
                    "La délibération ne peut pas être postérieure à aujourd'hui."));
        } else {
            InputBounds.date("decidedOn", decidedOn).ifPresent(violations::add);
        }
        return violations;
    }

    private void checkYears(List<Violation> violations) {
        if (years.size() < 2 || years.size() > 4) {
            violations.add(new Violation("years", "years.count",
                    "Une convention pluriannuelle couvre de 2 à 4 années."));
            return;
        }
        for (int i = 0; i < years.size(); i++) {
            YearlyAmount y = years.get(i);
            if (y.year() < 2018 || y.year() > 2100 || (i > 0 && y.year() != years.get(i - 1).year() + 1)) {
                violations.add(new Violation("years", "years.consecutive",
                        "Les années se suivent, de 2018 à 2100."));
                return;
            }
            if (!amount(y.operating()) || !amount(y.investment())) {
                violations.add(new Violation("years", "years.amount", "Les montants de " + y.year()
                        + " sont des nombres d'euros positifs ou nuls, avec deux décimales au plus."));
                return;
            }
            if (y.total().signum() == 0) {
                violations.add(new Violation("years", "years.empty",
                        "Chaque année engage un montant (fonctionnement ou investissement) : " + y.year()
                                + " n'en a pas."));
                return;
            }
        }
    }

    private static boolean amount(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2 && value.compareTo(MAX_AMOUNT) < 0;
    }
}
