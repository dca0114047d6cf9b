package fr.essor.funding.scic.web;

import fr.essor.funding.scic.domain.GeneralMeeting;
import fr.essor.funding.scic.domain.Holding;
import fr.essor.funding.scic.domain.ScicStake;
import fr.essor.funding.scic.domain.StakeHistoryEntry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A stake as the API shows it; unknown figures are {@code null}. */
record StakeView(String id, String scicName, String description, String status, String organisationId,
                 String territoryCode, Long shares, BigDecimal capitalHeld, BigDecimal scicCapital,
                 BigDecimal sharePercent, LocalDate acquiredOn, String deliberationReference, String representative,
                 String college, LocalDate soldOn, BigDecimal saleAmount, List<GeneralMeeting> generalMeetings,
                 List<StakeHistoryEntry> history, long version) {

    static StakeView of(ScicStake s) {
        Holding h = s.holding();
        return new StakeView(s.id(), s.scicName(), s.description(), s.status().name(), s.organisationId(),
                s.territoryCode(), h == null ? null : h.shares(), h == null ? null : h.capitalHeld(),
                h == null ? null : h.scicCapital(), h == null ? null : h.percent(), s.acquiredOn(),
                s.deliberationReference(), s.representative(), s.college(), s.soldOn(), s.saleAmount(), s.meetings(),
                s.history(), s.version());
    }
}
