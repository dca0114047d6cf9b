package fr.essor.funding.decisions.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The JSON bodies of the voting session API. */
final class SessionRequests {

    private SessionRequests() {
    }

    record Opening(Integer callYear, LocalDate sittingOn, String deliberationReference) {
    }

    record AgendaEntry(String applicationId) {
    }

    /** {@code outcome}: GRANTED (with {@code amount}) or REFUSED. */
    record VoteRequest(String outcome, BigDecimal amount, String justification) {
    }
}
