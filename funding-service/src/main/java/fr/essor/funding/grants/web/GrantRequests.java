package fr.essor.funding.grants.web;

import fr.essor.funding.grants.domain.GrantFile;
import fr.essor.kit.apidocs.Bounds;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies of the grant file API. */
final class GrantRequests {

    private GrantRequests() {
    }

    record Signature(LocalDate signedOn) {
    }

    /** {@code report}: ANNUAL_REPORT or FINAL_REPORT. */
    record Report(@Schema(allowableValues = { "ANNUAL_REPORT", "FINAL_REPORT" }) String report,
                  LocalDate receivedOn) {
    }

    /** Why a report sent online is refused: the organisation reads it. */
    record ReportRefusal(@Bounds.Text(GrantFile.MAX_REFUSAL) String reason) {
    }

    record PaymentRequest(@Bounds.Whole(min = 1, max = GrantFile.MAX_INSTALMENT) Integer instalment,
                          @Bounds.Amount(positive = true) BigDecimal amount, LocalDate paidOn) {
    }
}
