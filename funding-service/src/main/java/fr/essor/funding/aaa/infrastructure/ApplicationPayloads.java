package fr.essor.funding.aaa.infrastructure;

import java.math.BigDecimal;
import java.util.List;

/** The payloads of the application facts, as fixed by {@code contracts/schemas}; owned by the producing side. */
final class ApplicationPayloads {

    private ApplicationPayloads() {
    }

    record AmountLine(int year, String nature, BigDecimal amount) {
    }

    record Submitted(String eventId, String applicationId, long version, String callId, String programme,
                     int callYear, String organisationId, String organisationName, String projectTitle, String theme,
                     int durationYears, BigDecimal amountRequested, List<AmountLine> amountsRequested,
                     BigDecimal projectBudget, String territoryCode, List<String> territoryCodes,
                     List<String> communesInsee, boolean qpv, boolean incubation, String channel,
                     String possibleDuplicateOf, String submittedOn, String occurredAt, String recordedBy) {
    }

    record Decided(String eventId, String applicationId, long version, String callId, String programme, int callYear,
                   String organisationId, String organisationName, String projectTitle, String outcome,
                   BigDecimal amountRequested, BigDecimal amountGranted, String nature, int durationYears,
                   String territoryCode, List<String> territoryCodes, List<String> communesInsee, boolean qpv,
                   String justification, String decisionReference, String decidedOn, String submittedOn,
                   String occurredAt, String recordedBy) {
    }

    record InformationRequested(String eventId, String applicationId, long version, String callId,
                                String programme, int callYear, String organisationId, String organisationName,
                                String projectTitle, String request, String occurredAt, String recordedBy) {
    }

    record GrantAwarded(String eventId, String applicationId, long version, String callId, String programme,
                        int callYear, String organisationId, String organisationName, String projectTitle,
                        BigDecimal amount, String nature, int durationYears, String territoryCode,
                        List<String> territoryCodes, List<String> communesInsee, boolean qpv,
                        String decisionReference, String decidedOn, String occurredAt, String recordedBy) {
    }
}
