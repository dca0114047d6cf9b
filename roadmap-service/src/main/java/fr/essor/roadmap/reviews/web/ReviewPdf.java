package fr.essor.roadmap.reviews.web;

import fr.essor.kit.exports.PdfReport;

/**
 * The printable review pack (A4 landscape): the review's situation, each action with its update, what changed
 * since the previous review.
 */
final class ReviewPdf {

    private ReviewPdf() {
    }

    static byte[] of(ReviewPage page) {
        PdfReport report = PdfReport.titled(page.title());
        report.paragraph("Statut : " + page.statusLabel());
        report.paragraph("Période couverte : " + page.period());
        report.paragraph("Ouvert le " + page.opened()
                + (page.consolidated().isEmpty() ? "" : " · consolidé le " + page.consolidated())
                + (page.published().isEmpty() ? "" : " · publié le " + page.published()));
        report.paragraph(page.updateCount() + " mise(s) à jour transmise(s) pour "
                + page.actionCount() + " actions.");

        report.heading("Mises à jour des directions pilotes");
        PdfReport.Table actions = report.table(new float[] {6, 30, 10, 14, 14, 26}, "Action", "Intitulé", "Pilotes",
                "À l'ouverture", "Déclaré", "Commentaire et points de blocage");
        for (ReviewPage.ActionLine a : page.actions()) {
            String declared = a.updated() ? a.status() + ", " + a.progress() + "\n" + a.submitted() : "non transmis";
            String notes = a.comment() + (a.blockingPoints().isEmpty() ? "" : "\nPoints de blocage : "
                    + a.blockingPoints());
            actions.row(a.code(), a.title(), a.leads(), a.statusAtOpening() + ", " + a.progressAtOpening(),
                    declared, notes.strip());
        }
        actions.add();

        report.heading("Ce qui a changé depuis le comité précédent");
        if (page.moves().isEmpty()) {
            report.paragraph("Aucun changement de statut ni d'avancement sur la période.");
        } else {
            PdfReport.Table moves = report.table(new float[] {6, 40, 22, 16, 16}, "Action", "Intitulé", "Statut",
                    "Avancement", "Par");
            page.moves().forEach(m -> moves.row(m.code(), m.title(), m.status(), m.progress(), m.by()));
            moves.add();
        }

        report.heading("Indicateurs sur la période");
        if (page.indicators().isEmpty()) {
            report.paragraph("Aucune valeur ni aucun fait enregistré sur la période.");
        }
        for (ReviewPage.IndicatorLine indicator : page.indicators()) {
            report.strong(indicator.name() + " (" + indicator.unit() + ")");
            indicator.entries().forEach(e -> report.paragraph("• " + e));
        }

        report.heading("Événements de la période");
        if (page.facts().isEmpty()) {
            report.paragraph("Aucun événement des autres services sur la période.");
        } else {
            PdfReport.Table facts = report.table(new float[] {16, 60, 24}, "Date", "Événement", "Type");
            page.facts().forEach(f -> facts.row(f.date(), f.label(), f.type()));
            facts.add();
        }
        return report.bytes();
    }
}
