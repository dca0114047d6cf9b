package fr.essor.funding.aaa.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How a call is stored (collection {@code aaa_calls}, id {@code AAA-<year>}); amounts in cents. */
record CallDocument(String id, int year, String title, List<String> themes, long operatingEnvelopeCents,
                    long investmentEnvelopeCents, String opensOn, String closesOn, boolean twoYearApplications,
                    List<CriterionDocument> grid, Map<String, Integer> territoryTargets, long version,
                    Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    record CriterionDocument(String code, String label, int weight) {
    }
}
