package fr.essor.roadmap.reviews.web;

import fr.essor.kit.exports.Coded;
import fr.essor.kit.exports.Column;
import fr.essor.kit.exports.XlsxWorkbook;
import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.ManualValue;
import fr.essor.roadmap.indicators.domain.Territories;
import fr.essor.roadmap.plan.application.ActionText;
import fr.essor.roadmap.reviews.application.ReviewPack;
import fr.essor.roadmap.reviews.domain.ActionMove;
import fr.essor.roadmap.reviews.domain.ActionUpdate;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;
import fr.essor.roadmap.reviews.domain.ReviewedAction;

import java.time.LocalDate;
import java.util.Optional;
import java.util.List;

/**
 * The review pack as a workbook, from the pack's own values: one sheet for the directorates' updates, one for how the
 * actions moved, one for what the indicators measured, one for the facts of the period. Progress as percentages,
 * dates as dates, the EPT's name beside its code, event labels in French (never an event type).
 */
final class ReviewSpreadsheet {

    static final List<Column> UPDATE_COLUMNS = List.of(Column.text("Action"), Column.text("Intitulé"),
            Column.text("Directions pilotes"), Column.text("Statut à l'ouverture"),
            Column.percent("Avancement à l'ouverture (%)"), Column.text("Mise à jour transmise"),
            Column.text("Statut déclaré"), Column.percent("Avancement déclaré (%)"), Column.text("Commentaire"),
            Column.text("Points de blocage"), Column.dateTime("Transmise le"), Column.text("Transmise par"));
    static final List<Column> MOVE_COLUMNS = List.of(Column.text("Action"), Column.text("Intitulé"),
            Column.text("Statut avant"), Column.text("Statut après"), Column.percent("Avancement avant (%)"),
            Column.percent("Avancement après (%)"), Column.text("Par"));
    static final List<Column> INDICATOR_COLUMNS = List.of(Column.text("Indicateur"), Column.text("Unité"),
            Column.date("Date"), Column.decimal("Valeur"), Column.codeAndName("Code EPT", "Territoire"),
            Column.text("Origine"), Column.text("Source"));
    static final List<Column> FACT_COLUMNS = List.of(Column.dateTime("Le"), Column.text("Événement"),
            Column.codeAndName("Code EPT", "Territoire"), Column.decimal("Valeur"));

    private ReviewSpreadsheet() {
    }

    static byte[] of(ReviewPack pack) {
        QuarterlyReview review = pack.review();
        XlsxWorkbook workbook = XlsxWorkbook.titled("Comité de suivi du " + review.quarter().label());

        XlsxWorkbook.Table updates = workbook.sheet("Mises à jour", UPDATE_COLUMNS);
        for (ReviewedAction a : review.actions()) {
            Optional<ActionUpdate> u = review.update(a.code());
            updates.add(a.code(), a.title(), a.leadDirectorates().isEmpty() ? "Non désignée"
                            : ActionText.namedDirectorates(a.leadDirectorates()), a.status().label(), a.progress(),
                    u.isPresent(), u.map(x -> x.status().label()).orElse(null),
                    u.map(ActionUpdate::progress).orElse(null), u.map(ActionUpdate::comment).orElse(null),
                    u.map(ActionUpdate::blockingPoints).orElse(null), u.map(ActionUpdate::submittedAt).orElse(null),
                    u.map(ActionUpdate::submittedBy).orElse(null));
        }

        XlsxWorkbook.Table moves = workbook.sheet("Changements", MOVE_COLUMNS);
        for (ActionMove m : pack.moves()) {
            moves.add(m.code(), m.title(), m.statusBefore() == null ? null : m.statusBefore().label(),
                    m.statusAfter() == null ? null : m.statusAfter().label(), m.progressBefore(), m.progressAfter(),
                    String.join(", ", m.changedBy()));
        }

        XlsxWorkbook.Table indicators = workbook.sheet("Indicateurs", INDICATOR_COLUMNS);
        for (ReviewPack.IndicatorMove i : pack.indicators()) {
            for (ManualValue v : i.recorded()) {
                indicators.add(i.name(), i.unit(), v.valueDate(), v.value(), territory(v.territoryCode()),
                        "Valeur saisie", v.source());
            }
            for (Contribution c : i.facts()) {
                indicators.add(i.name(), i.unit(), LocalDate.ofInstant(c.occurredAt(), FrenchFormat.PARIS),
                        c.value(), territory(c.territoryCode()), "Fait enregistré", c.label());
            }
        }

        XlsxWorkbook.Table facts = workbook.sheet("Événements", FACT_COLUMNS);
        for (Contribution c : pack.facts()) {
            facts.add(c.occurredAt(), c.label(), territory(c.territoryCode()), c.value());
        }
        return workbook.toBytes();
    }

    private static Coded territory(String code) {
        if (code == null) {
            return null;
        }
        return Territories.isKnown(code) ? Coded.territory(code) : new Coded(code, Territories.name(code));
    }
}
