package fr.essor.roadmap.reviews.web;

import fr.essor.kit.ui.FrenchFormat;
import fr.essor.roadmap.reviews.domain.QuarterlyReview;

/** A review in the list of reviews. */
record ReviewRow(String id, String title, String statusLabel, String opened, int updateCount, int actionCount) {

    static ReviewRow of(QuarterlyReview r) {
        return new ReviewRow(r.id(), "Comité de suivi du " + r.quarter().label(), r.status().label(),
                FrenchFormat.dateTime(r.openedAt()), r.updates().size(), r.actions().size());
    }
}
