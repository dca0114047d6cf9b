package fr.essor.funding.decisions.web;

import fr.essor.funding.aaa.domain.Application;
import fr.essor.funding.decisions.domain.VotingSession;
import fr.essor.kit.apidocs.Bounds;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies of the voting session API. */
final class SessionRequests {

    private SessionRequests() {
    }

    record Opening(@fr.essor.kit.apidocs.Bounds.Whole(min = 1990, max = 2100) Integer callYear, LocalDate sittingOn,
                   @fr.essor.kit.apidocs.Bounds.Text(100) String deliberationReference) {
    }

    record AgendaEntry(@Bounds.Pattern(value = Application.ID_PATTERN,
            message = "Indiquez le numéro d'une candidature (ex. AAA-2026-0001).") String applicationId) {
    }

    /** {@code outcome}: GRANTED (with {@code amount}) or REFUSED. */
    record VoteRequest(@Schema(allowableValues = { "GRANTED", "REFUSED" }, requiredMode = Schema.RequiredMode.REQUIRED,
                               description = "GRANTED (avec amount) ou REFUSED") String outcome,
                       @Bounds.Amount(positive = true) BigDecimal amount,
                       @Bounds.Text(VotingSession.MAX_TEXT) String justification) {
    }
}
