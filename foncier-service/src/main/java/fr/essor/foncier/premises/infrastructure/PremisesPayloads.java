package fr.essor.foncier.premises.infrastructure;

import java.math.BigDecimal;
import java.util.List;

/** The payloads of the premises facts, exactly as the contracts in {@code contracts/} describe them. */
final class PremisesPayloads {

    private PremisesPayloads() {
    }

    record NeedRegisteredPayload(String eventId, String needId, long version, String organisationId,
                                 String organisationName, List<String> usages, int surfaceMin, int surfaceMax,
                                 List<String> communeInsees, List<String> territoryCodes,
                                 BigDecimal maxRentPerSquareMetre, String neededFrom, String tenure,
                                 Integer durationMonths, boolean accessibilityRequired, boolean erpRequired,
                                 String status, String occurredAt, String recordedBy) {
    }

    record OfferPublishedPayload(String eventId, String offerId, long version, String ownerType, String address,
                                 String communeInsee, String territoryCode, int surface, List<String> allowedUsages,
                                 BigDecimal rentPerSquareMetre, String availableFrom, String availableUntil,
                                 String tenure, Integer erpCategory, boolean accessible, String status,
                                 String occurredAt, String recordedBy) {
    }
}
