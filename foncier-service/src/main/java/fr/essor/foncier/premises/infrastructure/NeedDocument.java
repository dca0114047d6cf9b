package fr.essor.foncier.premises.infrastructure;

import java.time.Instant;
import java.util.List;

/**
 * How a need is stored (collection {@code premises_needs}); its outbox lives in the same document. Amounts and dates
 * are kept as text so that no driver conversion or time zone can change them; {@code concernedTerritories} (the EPTs
 * wanted and those of the communes wanted, all four when anywhere) serves the EPT filter.
 */
record NeedDocument(String id, String organisationId, String organisationName, List<String> usages, int surfaceMin,
                    int surfaceMax, List<String> communeInsees, List<String> territoryCodes,
                    List<String> concernedTerritories, String maxRentPerSquareMetre, String neededFrom, String tenure,
                    Integer durationMonths, boolean accessibilityRequired, boolean erpRequired, String notes,
                    String status, long version, Instant registeredAt, String registeredBy, Instant updatedAt,
                    String updatedBy) {
}
