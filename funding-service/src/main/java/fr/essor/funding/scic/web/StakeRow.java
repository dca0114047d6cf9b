package fr.essor.funding.scic.web;

import fr.essor.funding.web.PortfolioText;
import fr.essor.funding.scic.domain.Holding;
import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.funding.scic.domain.StakeStatus;
import fr.essor.kit.ui.FrenchFormat;

import java.util.List;

/** A stake as the pages write it, every unknown figure reading « à compléter ». */
record StakeRow(String id, String scicName, String status, boolean toComplete, boolean held, boolean sold,
                String organisationId,
                String territory, String shares, String capitalHeld, String scicCapital, String percent,
                String acquiredOn, String deliberation, String representative, String college, String soldOn,
                String saleAmount, String description) {

    static StakeRow of(ScicStake s) {
        Holding h = s.holding();
        return new StakeRow(s.id(), s.scicName(), s.status().label(), s.status() == StakeStatus.TO_COMPLETE,
                s.status() == StakeStatus.HELD, s.status() == StakeStatus.SOLD, s.organisationId(),
                s.organisationId() == null ? PortfolioText.UNKNOWN
                        : s.territoryCode() == null ? "Hors Seine-Saint-Denis" : s.territoryCode(),
                PortfolioText.count(h == null ? null : h.shares()),
                PortfolioText.euros(h == null ? null : h.capitalHeld()),
                PortfolioText.euros(h == null ? null : h.scicCapital()),
                PortfolioText.percent(h == null ? null : h.percent()), PortfolioText.date(s.acquiredOn()),
                PortfolioText.text(s.deliberationReference()), PortfolioText.text(s.representative()),
                PortfolioText.text(s.college()), s.soldOn() == null ? null : PortfolioText.date(s.soldOn()),
                s.saleAmount() == null ? null : PortfolioText.euros(s.saleAmount()), s.description());
    }

    record Meeting(String heldOn, String resolutions, String revenue, String result, String equity, String by) {
    }

    record Line(String at, String by, String what, String note) {
    }

    static List<Meeting> meetings(ScicStake s) {
        return s.meetings().stream().map(m -> new Meeting(PortfolioText.date(m.heldOn()), m.resolutions(),
                PortfolioText.euros(m.revenue()), PortfolioText.euros(m.result()), PortfolioText.euros(m.equity()),
                m.recordedBy())).toList();
    }

    static List<Line> history(ScicStake s) {
        return s.history().reversed().stream().map(e -> new Line(FrenchFormat.dateTime(e.at()), e.by(),
                switch (e.what()) {
                    case "REFERENCE" -> "Chargée depuis la feuille de route";
                    case "ACQUIRED" -> "Prise de participation";
                    case "INCREASE" -> "Augmentation";
                    case "REDUCTION" -> "Réduction";
                    case "CORRECTION" -> "Correction";
                    case "SOLD" -> "Cession";
                    case "APPOINTED" -> "Représentant désigné";
                    case "GENERAL_MEETING" -> "Assemblée générale";
                    default -> e.what();
                }, e.note())).toList();
    }
}
