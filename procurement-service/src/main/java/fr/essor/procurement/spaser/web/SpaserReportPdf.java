package fr.essor.procurement.spaser.web;

import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.documents.OfficialDocument;
import fr.essor.kit.ui.FrenchFormat;

/**
 * The annual SPASER report in the kit's document layout: the indicators against their targets in the body (A4
 * portrait), the reserved contracts and the insertion hours of the year as landscape annexes (wide tables).
 */
final class SpaserReportPdf {

    private SpaserReportPdf() {
    }

    static byte[] of(SpaserSheet sheet, DocumentRenderer renderer) {
        return renderer.pdf(document(sheet));
    }

    static OfficialDocument document(SpaserSheet sheet) {
        OfficialDocument doc = OfficialDocument.titled(sheet.title())
                .subtitle("Schéma de promotion des achats publics socialement et écologiquement responsables")
                .reference("SPASER-" + sheet.year())
                .paragraph(FrenchFormat.count(sheet.awardedCount(), "marché ou lot attribué", "marchés ou lots attribués")
                        + " en " + sheet.year()
                        + " (année de notification).")
                .paragraph(sheet.targetsNote())
                .heading("Indicateurs");
        OfficialDocument.Table indicators = doc.table(new float[] {46, 18, 18, 18}, "Indicateur", "Réalisé",
                "Objectif", "Atteinte");
        for (SpaserSheet.ObjectiveBlock objective : sheet.objectives()) {
            indicators.section(objective.label());
            objective.indicators().forEach(i -> indicators.row(i.label(), i.valueText(), i.targetText(),
                    i.achievementText()));
        }
        indicators.add();

        doc.heading("Marchés réservés et heures d'insertion");
        if (sheet.reserved().isEmpty()) {
            doc.paragraph("Aucun marché réservé attribué en " + sheet.year() + ".");
        } else {
            int n = sheet.reserved().size();
            doc.paragraph(n == 1 ? "Le marché réservé attribué en " + sheet.year() + " est détaillé en annexe."
                    : "Les " + n + " marchés réservés attribués en " + sheet.year() + " sont détaillés en annexe.");
            OfficialDocument.Table reserved = doc.annexTable("Marchés réservés attribués en " + sheet.year(),
                    new float[] {13, 30, 9, 10, 20, 10, 8}, "Marché", "Objet", "Direction", "Article",
                    "Titulaires", "Montant", "Notifié le");
            sheet.reserved().forEach(r -> reserved.row(r.contractId(), r.object(), r.directorate(), r.article(),
                    r.holders(), r.amountText(), r.notifiedOn()));
            reserved.add();
        }
        if (sheet.clauses().isEmpty()) {
            doc.paragraph("Aucune clause d'insertion attribuée ni heure réalisée en " + sheet.year() + ".");
        } else {
            doc.paragraph("Les heures d'insertion de " + FrenchFormat.count(sheet.clauses().size(), "marché",
                    "marchés") + " sont détaillées en annexe.");
            OfficialDocument.Table clauses = doc.annexTable("Heures d'insertion en " + sheet.year(),
                    new float[] {13, 33, 9, 12, 12, 11, 11}, "Marché", "Objet", "Direction", "Prévues (marché)",
                    "Prévues dans l'année", "Réalisées dans l'année", "Réalisées à ce jour");
            sheet.clauses().forEach(c -> clauses.row(c.contractId(), c.object(), c.directorate(),
                    c.plannedHoursText(), c.plannedInYearText(), c.doneInYearText(), c.doneToDateText()));
            clauses.add();
        }
        return doc;
    }
}
