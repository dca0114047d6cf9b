package fr.essor.funding.grants.infrastructure;

import java.math.BigDecimal;

/** The payload of payment-made.v1, as fixed by {@code contracts/schemas}; owned by the producing side. */
record PaymentPayload(String eventId, String applicationId, long version, String programme, String callId,
                      int callYear, String organisationId, String organisationName, String projectTitle,
                      String territoryCode, int paymentNumber, int instalment, String trigger, BigDecimal amount,
                      String paidOn, BigDecimal amountGranted, BigDecimal totalPaid, BigDecimal remaining,
                      boolean settled, String decisionReference, String occurredAt, String recordedBy) {
}
