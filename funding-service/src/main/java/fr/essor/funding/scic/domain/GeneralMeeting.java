package fr.essor.funding.scic.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The follow-up of one general meeting of the SCIC: its date, the resolutions voted, and the accounts approved
 * (revenue, result, equity; any of them may be unknown).
 */
public record GeneralMeeting(LocalDate heldOn, String resolutions, BigDecimal revenue, BigDecimal result,
                             BigDecimal equity, String recordedBy, Instant recordedAt) {
}
