package fr.essor.procurement.spaser.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.procurement.spaser.application.SpaserIndicators.YearStatement;
import fr.essor.procurement.spaser.domain.IndicatorStanding;
import fr.essor.procurement.spaser.domain.SpaserObjective;
import fr.essor.procurement.spaser.domain.SpaserYear;
import fr.essor.procurement.spaser.domain.YearTargets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A year of the SPASER as the dashboard, the PDF and the workbook show it: French texts, raw values beside. */
record SpaserSheet(int year, String title, int awardedCount, boolean inScheme, String targetsNote,
                   List<ObjectiveBlock> objectives, List<ReservedLine> reserved, List<ClauseRow> clauses) {

    record ObjectiveBlock(String label, List<IndicatorLine> indicators) {
    }

    /**
     * @param value  the raw value, {@code null} when there is none (a share without any contract)
     * @param target the raw target, {@code null} when none is set
     */
    record IndicatorLine(String code, String label, String unit, BigDecimal value, BigDecimal target,
                         String valueText, String targetText, String achievementText, boolean reached,
                         String targetInput) {
    }

    record ReservedLine(String contractId, String object, String directorate, String article, String holders,
                        BigDecimal amount, String amountText, String notifiedOn) {
    }

    record ClauseRow(String contractId, String object, String directorate, BigDecimal plannedInYear,
                     BigDecimal doneInYear, String plannedHoursText, String plannedInYearText, String doneInYearText,
                     String doneToDateText) {
    }

    static SpaserSheet of(YearStatement statement) {
        SpaserYear figures = statement.figures();
        YearTargets targets = statement.targets();
        List<ObjectiveBlock> objectives = new ArrayList<>();
        for (SpaserObjective objective : SpaserObjective.values()) {
            List<IndicatorLine> lines = statement.standings().stream()
                    .filter(s -> s.indicator().objective() == objective).map(SpaserSheet::line).toList();
            objectives.add(new ObjectiveBlock(objective.label(), lines));
        }
        String note;
        if (!YearTargets.inScheme(figures.year())) {
            note = "Le SPASER couvre les années " + YearTargets.FIRST_YEAR + " à " + YearTargets.LAST_YEAR
                    + " : aucun objectif pour " + figures.year() + ".";
        } else if (targets.targets().isEmpty()) {
            note = "Aucun objectif fixé pour " + figures.year() + " : la feuille de route ne chiffre pas les "
                    + "objectifs annuels du SPASER ; la DIEESS les fixe ici.";
        } else {
            note = "Objectifs fixés le " + FrenchFormat.dateTime(targets.updatedAt()) + " par "
                    + targets.updatedBy() + ". Un objectif vide n'est pas fixé.";
        }
        List<ReservedLine> reserved = figures.reservedContracts().stream()
                .map(r -> new ReservedLine(r.contractId(), r.object(), r.buyerDirectorate(),
                        r.reservation().code(), r.holders(), r.amount(), FrenchFormat.euros(r.amount()),
                        FrenchFormat.date(r.notifiedOn()))).toList();
        List<ClauseRow> clauses = figures.clauses().stream()
                .map(c -> new ClauseRow(c.contractId(), c.object(), c.buyerDirectorate(), c.plannedInYear(),
                        c.doneInYear(), SpaserFormats.hours(BigDecimal.valueOf(c.plannedHours())),
                        SpaserFormats.hours(c.plannedInYear()), SpaserFormats.hours(c.doneInYear()),
                        SpaserFormats.hours(c.doneToDate()))).toList();
        return new SpaserSheet(figures.year(), "Rapport annuel du SPASER " + figures.year(), figures.awardedCount(),
                YearTargets.inScheme(figures.year()), note, objectives, reserved, clauses);
    }

    private static IndicatorLine line(IndicatorStanding s) {
        String achievement = s.target() == null ? "Objectif non fixé"
                : s.achievement() == null ? (s.reached() ? "Atteint" : "—")
                : SpaserFormats.percent(s.achievement()) + " de l'objectif" + (s.reached() ? " (atteint)" : "");
        return new IndicatorLine(s.indicator().name(), s.indicator().label(), s.indicator().unit().label(),
                s.value(), s.target(), s.value() == null ? "Aucun marché attribué"
                : SpaserFormats.value(s.indicator().unit(), s.value()),
                s.target() == null ? "Non fixé" : SpaserFormats.value(s.indicator().unit(), s.target()),
                achievement, s.reached(), SpaserFormats.input(s.target()));
    }

    public List<IndicatorLine> indicators() {
        return objectives.stream().flatMap(o -> o.indicators().stream()).toList();
    }
}
