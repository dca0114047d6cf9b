package fr.essor.roadmap.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Premises leased to the organisation through the foncier cell (foncier's {@code lease-signed.v1}). */
public record Premises(String leaseId, long version, String organisationId, BigDecimal surface, String communeInsee,
                       String territoryCode, LocalDate startDate, LocalDate endDate, boolean temporaryOccupation)
        implements Dealing {

    @Override
    public String key() {
        return "lease:" + leaseId;
    }
}
