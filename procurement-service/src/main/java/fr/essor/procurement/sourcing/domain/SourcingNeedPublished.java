package fr.essor.procurement.sourcing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A buyer published a sourcing need; the matched directory suppliers are to be notified. */
public record SourcingNeedPublished(UUID eventId, String needId, long version, NeedTerms terms,
                                    List<String> matchedSupplierIds, Instant occurredAt, String recordedBy) {

    public SourcingNeedPublished {
        matchedSupplierIds = List.copyOf(matchedSupplierIds);
    }
}
