package fr.essor.funding.decisions.infrastructure;

import java.math.BigDecimal;
import java.util.List;

/** The payload of laureates-published.v1, as fixed by {@code contracts/schemas}; owned by the producing side. */
record LaureatesPayload(String eventId, String sessionId, long version, String programme, String callId,
                        int callYear, String territoryCode, String decisionReference, String decidedOn,
                        int laureateCount, BigDecimal totalAmount, List<Laureate> laureates, String occurredAt,
                        String recordedBy) {

    record Laureate(String applicationId, String organisationId, String organisationName, String projectTitle,
                    String theme, BigDecimal amount, String nature, int durationYears, String mainTerritoryCode,
                    boolean qpv, List<String> communesInsee) {
    }
}
