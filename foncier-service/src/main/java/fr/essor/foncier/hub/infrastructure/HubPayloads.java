package fr.essor.foncier.hub.infrastructure;

/** The payloads of the hub's facts, exactly as the contracts in {@code contracts/} describe them. */
final class HubPayloads {

    private HubPayloads() {
    }

    record SpaceAllocatedPayload(String eventId, String spaceId, long version, String allocationId,
                                 String buildingCode, String spaceName, String spaceType, int surface,
                                 String organisationId, String organisationName, String startDate, String endDate,
                                 String occurredAt, String recordedBy) {
    }

    record SpaceVacatedPayload(String eventId, String spaceId, long version, String allocationId, int surface,
                               String organisationId, String vacatedOn, String occurredAt, String recordedBy) {
    }
}
