package fr.essor.procurement.contracts.infrastructure;

import java.math.BigDecimal;

/**
 * The payload of {@code contract-awarded.v1} as fixed by {@code contracts/schemas}: one per holder. Owned by this
 * service; consumers keep their own tolerant reader.
 */
record ContractAwardedPayload(String eventId, String contractId, long version, String contractReference,
                              String object, String cpvCode, String buyerDirectorate, String reservation,
                              boolean socialClause, boolean environmentalClause, BigDecimal amount,
                              BigDecimal contractAmount, BigDecimal holderShare, int holderCount,
                              BigDecimal insertionHoursPlanned, String holderOrganisationId, String holderName,
                              boolean holderEss, String territoryCode, int year, String awardedOn,
                              String occurredAt, String recordedBy) {
}
