package fr.essor.procurement.sourcing.infrastructure;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payload of {@code sourcing-need-published.v1} as fixed by {@code contracts/schemas}. Owned by this service;
 * consumers keep their own tolerant reader.
 */
record SourcingNeedPublishedPayload(String eventId, String needId, long version, String buyerDirectorate,
                                    String object, String cpvDivision, String territoryCode, BigDecimal minAmount,
                                    BigDecimal maxAmount, String answerBy, List<String> matchedSupplierIds,
                                    String occurredAt, String recordedBy) {
}
