package fr.essor.procurement.spaser.web;

import fr.essor.kit.exports.XlsxWorkbook;

import java.util.List;

/**
 * The annual SPASER report as a workbook: one sheet for the indicators (numbers as numbers, targets left empty when
 * not set), one for the reserved contracts, one for the insertion hours.
 */
final class SpaserReportSpreadsheet {

    static final List<String> INDICATOR_HEADERS = List.of("Objectif du SPASER", "Code", "Indicateur", "Unité",
            "Réalisé", "Objectif", "Atteinte");
    static final List<String> RESERVED_HEADERS = List.of("Marché", "Objet", "Direction acheteuse", "Article",
            "Titulaire(s)", "Montant (€ HT)", "Notifié le");
    static final List<String> CLAUSE_HEADERS = List.of("Marché", "Objet", "Direction acheteuse",
            "Heures prévues dans l'année", "Heures réalisées dans l'année");

    private SpaserReportSpreadsheet() {
    }

    static byte[] of(SpaserSheet sheet) {
        XlsxWorkbook workbook = XlsxWorkbook.create();

        XlsxWorkbook.Table indicators = workbook.sheet("Indicateurs " + sheet.year(), INDICATOR_HEADERS);
        for (SpaserSheet.ObjectiveBlock objective : sheet.objectives()) {
            for (SpaserSheet.IndicatorLine i : objective.indicators()) {
                indicators.row().text(0, objective.label(), i.code(), i.label(), i.unit())
                        .number(4, i.value()).number(5, i.target()).text(6, i.achievementText());
            }
        }

        XlsxWorkbook.Table reserved = workbook.sheet("Marchés réservés", RESERVED_HEADERS);
        for (SpaserSheet.ReservedLine line : sheet.reserved()) {
            reserved.row().text(0, line.contractId(), line.object(), line.directorate(), line.article(),
                    line.holders()).number(5, line.amount()).text(6, line.notifiedOn());
        }

        XlsxWorkbook.Table clauses = workbook.sheet("Heures d'insertion", CLAUSE_HEADERS);
        for (SpaserSheet.ClauseRow line : sheet.clauses()) {
            clauses.row().text(0, line.contractId(), line.object(), line.directorate())
                    .number(3, line.plannedInYear()).number(4, line.doneInYear());
        }
        return workbook.toBytes();
    }
}
