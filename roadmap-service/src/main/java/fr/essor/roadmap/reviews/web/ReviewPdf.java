package fr.essor.roadmap.reviews.web;

import fr.essor.kit.ui.FrenchFormat;

import fr.essor.kit.documents.DocumentRenderer;
import fr.essor.kit.documents.OfficialDocument;

/**
 * The committee pack in the kit's document layout, for the elected officials and the directorates: the review's
 * situation, what changed since the previous review, the indicators with their sources named in words, the facts of
 * the other services, then each action with its update as a landscape annex. French labels only: no event type, no
 * login (who recorded what stays in the application).
 */
final class ReviewPdf {

    private ReviewPdf() {
    }

    static byte[] of(ReviewPage page, DocumentRenderer renderer) {
        return renderer.pdf(document(page));
    }

    static OfficialDocument document(ReviewPage page) {
        OfficialDocument doc = OfficialDocument.titled(page.title())
                .subtitle("Feuille de route de l'économie sociale et solidaire — dossier du comité")
                .reference(page.id())
                .heading("Situation du comité")
                .paragraph("Statut : " + page.statusLabel())
                .paragraph("Période couverte : " + page.period())
                .paragraph("Ouvert le " + withoutAuthor(page.opened())
                        + (page.consolidated().isEmpty() ? "" : " ; consolidé le " + withoutAuthor(page.consolidated()))
                        + (page.published().isEmpty() ? "" : " ; publié le " + withoutAuthor(page.published())) + ".")
                .paragraph(FrenchFormat.count(page.updateCount(), "mise à jour transmise", "mises à jour transmises")
                        + " par les directions pilotes pour " + FrenchFormat.count(page.actionCount(), "action",
                        "actions") + " : voir l'annexe 1.");

        doc.heading("Ce qui a changé depuis le comité précédent");
        if (page.moves().isEmpty()) {
            doc.paragraph("Aucun changement de statut ni d'avancement sur la période.");
        } else {
            OfficialDocument.Table moves = doc.table(new float[] {9, 47, 24, 20}, "Action", "Intitulé", "Statut",
                    "Avancement");
            page.moves().forEach(m -> moves.row(m.code(), m.title(), m.status(), m.progress()));
            moves.add();
        }

        doc.heading("Indicateurs sur la période");
        if (page.indicators().isEmpty()) {
            doc.paragraph("Aucune valeur ni aucun fait enregistré sur la période.");
        }
        for (ReviewPage.IndicatorLine indicator : page.indicators()) {
            doc.strong(indicator.name() + " (" + unit(indicator.unit()) + ")");
            doc.list(indicator.entries());
        }

        doc.heading("Faits des autres services sur la période");
        if (page.facts().isEmpty()) {
            doc.paragraph("Aucun fait des autres services sur la période.");
        } else {
            OfficialDocument.Table facts = doc.table(new float[] {18, 52, 30}, "Date", "Fait", "Source");
            page.facts().forEach(f -> facts.row(f.date(), f.label(), f.type()));
            facts.add();
        }

        OfficialDocument.Table actions = doc.annexTable("Mises à jour des directions pilotes",
                new float[] {6, 28, 11, 13, 14, 28}, "Action", "Intitulé", "Pilotes", "À l'ouverture", "Déclaré",
                "Commentaire et points de blocage");
        for (ReviewPage.ActionLine a : page.actions()) {
            String declared = a.updated() ? a.status() + ", " + a.progress() + "\nle " + withoutAuthor(a.submitted())
                    : "non transmis";
            String notes = a.comment() + (a.blockingPoints().isEmpty() ? "" : "\nPoints de blocage : "
                    + a.blockingPoints());
            actions.row(a.code(), a.title(), a.leads(), a.statusAtOpening() + ", " + a.progressAtOpening(),
                    declared, notes.strip());
        }
        actions.add();
        return doc;
    }

    /** « 01/09/2026 à 14:30 par sens » as « 01/09/2026 à 14:30 »: the pack names no account. */
    private static String withoutAuthor(String moment) {
        int by = moment.indexOf(" par ");
        return by < 0 ? moment : moment.substring(0, by);
    }

    private static String unit(String unit) {
        return ReviewPage.unitLabel(unit);
    }
}
