package fr.essor.procurement.spaser.web;

import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.procurement.spaser.application.SpaserIndicators.YearStatement;
import fr.essor.procurement.spaser.domain.IndicatorStanding;
import fr.essor.procurement.spaser.domain.SpaserObjective;
import fr.essor.procurement.spaser.domain.SpaserYear;

import java.util.List;

/**
 * The annual SPASER report as a workbook: one sheet for the indicators (values and targets as numbers, a target left
 * empty when not set, the achievement as a percentage), one for the reserved contracts (amounts in euros, notification
 * dates as dates), one for the insertion hours.
 */
final class SpaserReportSpreadsheet {

    static final List<Column> INDICATOR_COLUMNS = List.of(Column.text("Objectif du SPASER"), Column.text("Code"),
            Column.text("Indicateur"), Column.text("Unité"), Column.decimal("Réalisé"), Column.decimal("Objectif"),
            Column.percent("Atteinte de l'objectif (%)"), Column.text("Objectif atteint"));
    static final List<Column> RESERVED_COLUMNS = List.of(Column.text("Marché"), Column.text("Objet"),
            Column.text("Direction acheteuse (sigle)"), Column.text("Article"), Column.text("Titulaires"),
            Column.amount("Montant (€ HT)"), Column.date("Notifié le"));
    static final List<Column> CLAUSE_COLUMNS = List.of(Column.text("Marché"), Column.text("Objet"),
            Column.text("Direction acheteuse (sigle)"), Column.decimal("Heures prévues dans l'année"),
            Column.decimal("Heures réalisées dans l'année"));

    private SpaserReportSpreadsheet() {
    }

    static byte[] of(YearStatement statement) {
        SpaserYear figures = statement.figures();
        XlsxWorkbook workbook = XlsxWorkbook.titled("Rapport annuel du SPASER " + figures.year());

        XlsxWorkbook.Table indicators = workbook.sheet("Indicateurs " + figures.year(), INDICATOR_COLUMNS);
        for (SpaserObjective objective : SpaserObjective.values()) {
            for (IndicatorStanding s : statement.standings()) {
                if (s.indicator().objective() == objective) {
                    indicators.add(objective.label(), s.indicator().name(), s.indicator().label(),
                            s.indicator().unit().label(), s.value(), s.target(), s.achievement(),
                            s.target() == null ? null : s.reached());
                }
            }
        }

        XlsxWorkbook.Table reserved = workbook.sheet("Marchés réservés", RESERVED_COLUMNS);
        for (SpaserYear.ReservedContract r : figures.reservedContracts()) {
            reserved.add(r.contractId(), r.object(), r.buyerDirectorate(), r.reservation().code(), r.holders(),
                    r.amount(), r.notifiedOn());
        }

        XlsxWorkbook.Table clauses = workbook.sheet("Heures d'insertion", CLAUSE_COLUMNS);
        for (SpaserYear.ClauseLine c : figures.clauses()) {
            clauses.add(c.contractId(), c.object(), c.buyerDirectorate(), c.plannedInYear(), c.doneInYear());
        }
        return workbook.toBytes();
    }
}
