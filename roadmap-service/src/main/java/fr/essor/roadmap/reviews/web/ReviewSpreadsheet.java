package fr.essor.roadmap.reviews.web;

import fr.essor.kit.exports.XlsxWorkbook;

import java.util.List;

/** The review pack as a workbook: one sheet for the updates, one for the moves, one for the indicators and facts. */
final class ReviewSpreadsheet {

    static final List<String> UPDATE_HEADERS = List.of("Action", "Intitulé", "Directions pilotes",
            "Statut à l'ouverture", "Avancement à l'ouverture", "Mise à jour transmise", "Statut déclaré",
            "Avancement déclaré (%)", "Commentaire", "Points de blocage", "Transmise le");
    static final List<String> MOVE_HEADERS = List.of("Action", "Intitulé", "Statut", "Avancement", "Par");
    static final List<String> INDICATOR_HEADERS = List.of("Indicateur", "Unité", "Valeur ou fait");

    private ReviewSpreadsheet() {
    }

    static byte[] of(ReviewPage page) {
        XlsxWorkbook workbook = XlsxWorkbook.create();

        XlsxWorkbook.Table updates = workbook.sheet("Mises à jour", UPDATE_HEADERS);
        for (ReviewPage.ActionLine a : page.actions()) {
            XlsxWorkbook.Line row = updates.row().text(0, a.code(), a.title(), a.leads(), a.statusAtOpening(),
                    a.progressAtOpening(), a.updated() ? "Oui" : "Non", a.status());
            if (a.updated()) {
                row.number(7, Integer.parseInt(a.progress().replace(" %", "")));
            }
            row.text(8, a.comment(), a.blockingPoints(), a.submitted());
        }

        XlsxWorkbook.Table moves = workbook.sheet("Changements", MOVE_HEADERS);
        for (ReviewPage.MoveLine m : page.moves()) {
            moves.row().text(0, m.code(), m.title(), m.status(), m.progress(), m.by());
        }

        XlsxWorkbook.Table indicators = workbook.sheet("Indicateurs", INDICATOR_HEADERS);
        for (ReviewPage.IndicatorLine i : page.indicators()) {
            for (String entry : i.entries()) {
                indicators.row().text(0, i.name(), i.unit(), entry);
            }
        }
        for (ReviewPage.FactLine f : page.facts()) {
            indicators.row().text(0, "Événement du " + f.date(), f.type(), f.label());
        }
        return workbook.toBytes();
    }
}
