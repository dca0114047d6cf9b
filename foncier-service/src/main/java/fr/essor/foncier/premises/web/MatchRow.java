package fr.essor.foncier.premises.web;

import fr.essor.foncier.premises.application.MatchBoard;
import fr.essor.foncier.premises.domain.Assessment;
import fr.essor.foncier.premises.domain.MatchReason;
import fr.essor.foncier.premises.domain.OfferDetails;

import java.util.List;
import java.util.Locale;

/**
 * One line of the match board: the other side (an offer on a need's page, a need on an offer's page), its score
 * out of 100 and the reason behind each criterion.
 */
record MatchRow(int rank, String counterpartId, String counterpartPath, String counterpartLabel,
                String counterpartDetail, int score, List<Reason> reasons) {

    /** @param points signed, one decimal, French comma ("+22,5 pts"); empty for criteria that score nothing */
    record Reason(String criterion, String verdict, String verdictCode, String points, String text) {

        static List<Reason> of(Assessment.Proposable assessment) {
            return assessment.reasons().stream().map(Reason::of).toList();
        }

        private static Reason of(MatchReason reason) {
            double rounded = Math.round(reason.points() * 10) / 10.0;
            String points = rounded == 0 ? "" : (rounded > 0 ? "+" : "−")
                    + String.format(Locale.FRANCE, rounded == Math.rint(rounded) ? "%.0f" : "%.1f", Math.abs(rounded))
                    + " pts";
            return new Reason(reason.criterion().label(), reason.verdict().label(),
                    reason.verdict().name().toLowerCase(Locale.ROOT), points, reason.text());
        }
    }

    static MatchRow of(int rank, MatchBoard.NeedMatch match) {
        OfferDetails d = match.offer().details();
        return new MatchRow(rank, match.offer().id(), "/offres/" + match.offer().id(),
                d.address() + ", " + d.commune().name(), d.surface() + " m² — " + PremisesText.usages(d.allowedUsages()),
                match.assessment().score(), Reason.of(match.assessment()));
    }

    static MatchRow of(int rank, MatchBoard.OfferMatch match) {
        return new MatchRow(rank, match.need().id(), "/besoins/" + match.need().id(), match.need().organisation().name(),
                match.need().details().surface().min() + " à " + match.need().details().surface().max() + " m² — "
                        + PremisesText.usages(match.need().details().usages()),
                match.assessment().score(), Reason.of(match.assessment()));
    }
}
