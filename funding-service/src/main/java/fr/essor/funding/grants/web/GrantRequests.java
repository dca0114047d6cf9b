package fr.essor.funding.grants.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies of the grant file API. */
final class GrantRequests {

    private GrantRequests() {
    }

    record Signature(LocalDate signedOn) {
    }

    /** {@code report}: ANNUAL_REPORT or FINAL_REPORT. */
    record Report(String report, LocalDate receivedOn) {
    }

    /** Why a report sent online is refused: the organisation reads it. */
    record ReportRefusal(String reason) {
    }

    record PaymentRequest(Integer instalment, BigDecimal amount, LocalDate paidOn) {
    }
}
