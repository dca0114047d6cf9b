package fr.essor.procurement.spaser.web;

import fr.essor.kit.exports.PdfReport;

/**
 * The printable annual SPASER report (A4 landscape): the indicators against their targets, the reserved contracts
 * and the insertion hours of the year.
 */
final class SpaserReportPdf {

    private SpaserReportPdf() {
    }

    static byte[] of(SpaserSheet sheet) {
        PdfReport report = PdfReport.titled(sheet.title());
        report.paragraph("Schéma de promotion des achats publics socialement et écologiquement "
                + "responsables du Département de la Seine-Saint-Denis.");
        report.paragraph(sheet.awardedCount() + " marché(s) ou lot(s) attribué(s) en "
                + sheet.year() + " (année de notification).");
        report.paragraph(sheet.targetsNote());

        report.heading("Indicateurs");
        PdfReport.Table indicators = report.table(new float[] {44, 18, 18, 20}, "Indicateur", "Réalisé", "Objectif",
                "Atteinte");
        for (SpaserSheet.ObjectiveBlock objective : sheet.objectives()) {
            indicators.section(objective.label());
            objective.indicators().forEach(i -> indicators.row(i.label(), i.valueText(), i.targetText(),
                    i.achievementText()));
        }
        indicators.add();

        report.heading("Marchés réservés attribués en " + sheet.year());
        if (sheet.reserved().isEmpty()) {
            report.paragraph("Aucun marché réservé attribué cette année.");
        } else {
            PdfReport.Table reserved = report.table(new float[] {12, 30, 8, 10, 22, 10, 8}, "Marché", "Objet",
                    "Direction", "Article", "Titulaire(s)", "Montant", "Notifié le");
            sheet.reserved().forEach(r -> reserved.row(r.contractId(), r.object(), r.directorate(), r.article(),
                    r.holders(), r.amountText(), r.notifiedOn()));
            reserved.add();
        }

        report.heading("Heures d'insertion");
        if (sheet.clauses().isEmpty()) {
            report.paragraph("Aucune clause d'insertion attribuée ni heure réalisée cette année.");
        } else {
            PdfReport.Table clauses = report.table(new float[] {12, 34, 8, 12, 12, 11, 11}, "Marché", "Objet",
                    "Direction", "Prévues (marché)", "Prévues dans l'année", "Réalisées dans l'année", "Réalisées à ce jour");
            sheet.clauses().forEach(c -> clauses.row(c.contractId(), c.object(), c.directorate(),
                    c.plannedHoursText(), c.plannedInYearText(), c.doneInYearText(), c.doneToDateText()));
            clauses.add();
        }
        return report.bytes();
    }
}
