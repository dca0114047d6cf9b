package fr.essor.roadmap.reviews.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.indicators.domain.Contribution;
import fr.essor.roadmap.indicators.domain.ManualValue;
import fr.essor.roadmap.plan.application.ActionText;
import fr.essor.roadmap.reviews.application.ReviewPack;
import fr.essor.roadmap.reviews.domain.ActionMove;
import fr.essor.roadmap.reviews.domain.ActionUpdate;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;
import fr.essor.roadmap.reviews.domain.ReviewedAction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A review pack written for French readers, the same for the page, the PDF and the spreadsheet: each action with its
 * lead directorates' update, and what changed over the period.
 */
record ReviewPage(String id, String title, String status, String statusLabel, String period, String opened,
                  String consolidated, String published, int actionCount, int updateCount,
                  List<ActionLine> actions, List<MoveLine> moves, List<IndicatorLine> indicators,
                  List<FactLine> facts) {

    /** An action of the review: as found at the opening, and as its lead directorates declared it. */
    record ActionLine(String code, String title, String leads, String statusAtOpening, String progressAtOpening,
                      boolean updated, String status, String progress, String comment, String blockingPoints,
                      String submitted, boolean mayUpdate) {
    }

    record MoveLine(String code, String title, String status, String progress, String by) {
    }

    record IndicatorLine(String name, String unit, List<String> entries) {
    }

    record FactLine(String date, String label, String type) {
    }

    static ReviewPage of(ReviewPack pack, Predicate<ReviewedAction> mayUpdate) {
        QuarterlyReview r = pack.review();
        List<ActionLine> actions = r.actions().stream().map(a -> {
            Optional<ActionUpdate> u = r.update(a.code());
            return new ActionLine(a.code(), a.title(),
                    a.leadDirectorates().isEmpty() ? "Non désignée" : ActionText.directorates(a.leadDirectorates()),
                    a.status().label(), a.progress() + " %", u.isPresent(),
                    u.map(x -> x.status().label()).orElse(""), u.map(x -> x.progress() + " %").orElse(""),
                    u.map(ActionUpdate::comment).orElse(""), u.map(ActionUpdate::blockingPoints).orElse(""),
                    u.map(x -> FrenchFormat.dateTime(x.submittedAt()) + " par " + x.submittedBy()).orElse(""),
                    mayUpdate.test(a));
        }).toList();
        List<MoveLine> moves = pack.moves().stream().map(ReviewPage::move).toList();
        List<IndicatorLine> indicators = pack.indicators().stream().map(i -> new IndicatorLine(i.name(), i.unit(),
                java.util.stream.Stream.concat(i.recorded().stream().map(v -> recorded(v, i.unit())),
                        i.facts().stream().map(c -> fact(c, i.unit()))).toList())).toList();
        List<FactLine> facts = pack.facts().stream().map(c -> new FactLine(FrenchFormat.dateTime(c.occurredAt()),
                c.label(), EventSources.inWords(c.eventType()))).toList();
        return new ReviewPage(r.id(), "Comité de suivi du " + r.quarter().label(), r.status().name(),
                r.status().label(), "du " + FrenchFormat.dateTime(r.periodStart()) + " au "
                        + FrenchFormat.dateTime(pack.periodEnd()),
                FrenchFormat.dateTime(r.openedAt()) + " par " + r.openedBy(),
                r.consolidatedAt() == null ? "" : FrenchFormat.dateTime(r.consolidatedAt()) + " par "
                        + r.consolidatedBy(),
                r.publishedAt() == null ? "" : FrenchFormat.dateTime(r.publishedAt()) + " par " + r.publishedBy(),
                r.actions().size(), r.updates().size(), actions, moves, indicators, facts);
    }

    private static MoveLine move(ActionMove m) {
        return new MoveLine(m.code(), m.title(),
                m.statusMoved() ? m.statusBefore().label() + " → " + m.statusAfter().label() : "inchangé",
                m.progressMoved() ? m.progressBefore() + " % → " + m.progressAfter() + " %" : "inchangé",
                String.join(", ", m.changedBy()));
    }

    private static String recorded(ManualValue v, String unit) {
        return FrenchFormat.date(v.valueDate()) + " : " + number(v.value()) + " " + unitLabel(unit) + " (valeur saisie"
                + (v.territoryCode() == null ? "" : ", " + v.territoryCode()) + ", source : " + v.source() + ")";
    }

    private static String fact(Contribution c, String unit) {
        return FrenchFormat.date(LocalDate.ofInstant(c.occurredAt(), FrenchFormat.PARIS)) + " : +"
                + number(c.value()) + " " + unitLabel(unit) + " (" + c.label() + " ; source : "
                + EventSources.inWords(c.eventType()) + ")";
    }

    /** The unit as people read it: « € », not the ISO code « EUR ». */
    static String unitLabel(String unit) {
        return "EUR".equals(unit) ? "€" : unit;
    }

    /** {@code 12 345,5}: French decimal comma, narrow no-break space between thousands. */
    static String number(BigDecimal value) {
        String euros = FrenchFormat.euros(value);
        String plain = euros.substring(0, euros.length() - 2);
        return plain.endsWith(",00") ? plain.substring(0, plain.length() - 3) : plain;
    }
}
