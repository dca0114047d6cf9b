package fr.essor.funding.infrastructure;

import java.math.BigDecimal;

/**
 * The payload of grant-agreement-signed.v1, as fixed by {@code contracts/schemas}; owned by the producing side (the
 * grant files and the CPOs both publish it).
 */
public record AgreementSignedPayload(String eventId, String agreementId, long version, String kind, String programme,
                                     String organisationId, String organisationName, String title,
                                     String territoryCode, String leadDirectorate, BigDecimal amount, int fromYear,
                                     int toYear, String decisionReference, String signedOn, String occurredAt,
                                     String recordedBy) {
}
